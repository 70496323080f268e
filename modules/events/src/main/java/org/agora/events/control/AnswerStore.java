package org.agora.events.control;

import static org.agora.events.control.EventStore.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.events.entity.Answer;
import org.agora.events.entity.AnswerCounts;
import org.agora.events.entity.MyAnswer;
import org.agora.platform.boundary.NativeSql;

/**
 * The SQL of {@code calendar_rsvp}: one answer per person and occurrence. Lists and counts show
 * active colleagues only ({@code person_card.active}); the waiting list's order is the order of
 * answering. Writers hold the event's row lock ({@link EventStore#lock}).
 */
@ApplicationScoped
public class AnswerStore {

  /** One occurrence of one event. */
  public record Key(long eventId, Instant occurrence) {}

  /** An answer with its person's name, in the order of answering. */
  public record Row(long personId, String displayName, Answer answer, boolean waitlisted) {}

  @PersistenceContext EntityManager em;

  public Optional<MyAnswer> of(long personId, Key key) {
    return NativeSql.rows(em.createNativeQuery("select answer, waitlisted from calendar_rsvp"
                + " where event_id = ?1 and occurrence_start = ?2 and person_id = ?3")
            .setParameter(1, key.eventId()).setParameter(2, utc(key.occurrence())).setParameter(3, personId),
        r -> new MyAnswer(Answer.valueOf(r.nextText()), r.nextBoolean())).stream().findFirst();
  }

  /** Records a new or changed answer; answering again the same way keeps one's place in the order. */
  public void put(long personId, Key key, Answer answer, boolean waitlisted, Instant now) {
    em.createNativeQuery("insert into calendar_rsvp (event_id, occurrence_start, person_id, answer, waitlisted, answered_at)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (event_id, occurrence_start, person_id) do update"
            + " set answer = excluded.answer, waitlisted = excluded.waitlisted, answered_at = excluded.answered_at")
        .setParameter(1, key.eventId()).setParameter(2, utc(key.occurrence())).setParameter(3, personId)
        .setParameter(4, answer.name()).setParameter(5, waitlisted).setParameter(6, utc(now)).executeUpdate();
  }

  public void remove(long personId, Key key) {
    em.createNativeQuery("delete from calendar_rsvp where event_id = ?1 and occurrence_start = ?2 and person_id = ?3")
        .setParameter(1, key.eventId()).setParameter(2, utc(key.occurrence())).setParameter(3, personId).executeUpdate();
  }

  /** Confirmed places taken, whoever holds them (a disabled colleague's place is not given away). */
  public long confirmed(Key key) {
    return ((Number) em.createNativeQuery("select count(*) from calendar_rsvp where event_id = ?1 and occurrence_start = ?2"
            + " and answer = 'YES' and not waitlisted")
        .setParameter(1, key.eventId()).setParameter(2, utc(key.occurrence())).getSingleResult()).longValue();
  }

  /** Who waits, first answered first. */
  public List<Long> waiting(Key key) {
    return NativeSql.rows(em.createNativeQuery("select person_id from calendar_rsvp where event_id = ?1"
                + " and occurrence_start = ?2 and waitlisted order by answered_at, person_id")
            .setParameter(1, key.eventId()).setParameter(2, utc(key.occurrence())),
        NativeSql.Row::nextLong);
  }

  public void confirm(Key key, Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return;
    }
    em.createNativeQuery("update calendar_rsvp set waitlisted = false where event_id = ?1 and occurrence_start = ?2"
            + " and person_id = any(cast(?3 as bigint[]))")
        .setParameter(1, key.eventId()).setParameter(2, utc(key.occurrence())).setParameter(3, NativeSql.ids(personIds))
        .executeUpdate();
  }

  /** The occurrences of an event that have answers. */
  public List<Instant> answeredOccurrences(long eventId) {
    return NativeSql.rows(em.createNativeQuery("select distinct occurrence_start from calendar_rsvp where event_id = ?1")
        .setParameter(1, eventId), NativeSql.Row::nextInstant);
  }

  /** Who answered going or maybe (waiting included) for an occurrence that starts at or after {@code from}. */
  public List<Long> interested(long eventId, Instant from) {
    return NativeSql.rows(em.createNativeQuery("select distinct person_id from calendar_rsvp"
                + " where event_id = ?1 and occurrence_start >= ?2 and answer in ('YES', 'MAYBE') order by person_id")
            .setParameter(1, eventId).setParameter(2, utc(from)), NativeSql.Row::nextLong);
  }

  /** Moves the answers of one occurrence to another start (a single event that was moved). */
  public void move(long eventId, Instant from, Instant to) {
    em.createNativeQuery("update calendar_rsvp set occurrence_start = ?3 where event_id = ?1 and occurrence_start = ?2")
        .setParameter(1, eventId).setParameter(2, utc(from)).setParameter(3, utc(to)).executeUpdate();
  }

  /** Drops the answers of an occurrence that is no longer part of its series. */
  public void drop(long eventId, Instant occurrence) {
    em.createNativeQuery("delete from calendar_rsvp where event_id = ?1 and occurrence_start = ?2")
        .setParameter(1, eventId).setParameter(2, utc(occurrence)).executeUpdate();
  }

  /** Everyone who answered one occurrence, active colleagues only, in the order of answering. */
  public List<Row> answers(Key key) {
    return NativeSql.rows(em.createNativeQuery("select r.person_id, p.display_name, r.answer, r.waitlisted"
                + " from calendar_rsvp r join person_card p on p.id = r.person_id and p.active"
                + " where r.event_id = ?1 and r.occurrence_start = ?2 order by r.answered_at, r.person_id")
            .setParameter(1, key.eventId()).setParameter(2, utc(key.occurrence())),
        r -> new Row(r.nextLong(), r.nextText(), Answer.valueOf(r.nextText()), r.nextBoolean()));
  }

  /** The counts of every answered occurrence of these events starting in [from, to), active colleagues only. */
  public Map<Key, AnswerCounts> counts(Collection<Long> eventIds, Instant from, Instant to) {
    Map<Key, long[]> tallies = new HashMap<>();
    if (!eventIds.isEmpty()) {
      NativeSql.rows(em.createNativeQuery("select r.event_id, r.occurrence_start, r.answer, r.waitlisted, count(*)"
                  + " from calendar_rsvp r join person_card p on p.id = r.person_id and p.active"
                  + " where r.event_id = any(cast(?1 as bigint[])) and r.occurrence_start >= ?2 and r.occurrence_start < ?3"
                  + " group by r.event_id, r.occurrence_start, r.answer, r.waitlisted")
              .setParameter(1, NativeSql.ids(eventIds)).setParameter(2, utc(from)).setParameter(3, utc(to)),
          r -> {
            long[] tally = tallies.computeIfAbsent(new Key(r.nextLong(), r.nextInstant()), k -> new long[4]);
            Answer answer = Answer.valueOf(r.nextText());
            int slot = r.nextBoolean() ? 3 : answer.ordinal(); // YES, MAYBE, NO, then waiting
            tally[slot] += r.nextLong();
            return slot;
          });
    }
    Map<Key, AnswerCounts> counts = new HashMap<>();
    tallies.forEach((key, t) -> counts.put(key, new AnswerCounts(t[0], t[1], t[2], t[3])));
    return counts;
  }

  /** The person's own answers to these events' occurrences starting in [from, to). */
  public Map<Key, MyAnswer> mine(long personId, Collection<Long> eventIds, Instant from, Instant to) {
    Map<Key, MyAnswer> mine = new HashMap<>();
    if (!eventIds.isEmpty()) {
      NativeSql.rows(em.createNativeQuery("select event_id, occurrence_start, answer, waitlisted from calendar_rsvp"
                  + " where person_id = ?1 and event_id = any(cast(?2 as bigint[])) and occurrence_start >= ?3"
                  + " and occurrence_start < ?4")
              .setParameter(1, personId).setParameter(2, NativeSql.ids(eventIds)).setParameter(3, utc(from))
              .setParameter(4, utc(to)),
          r -> mine.put(new Key(r.nextLong(), r.nextInstant()), new MyAnswer(Answer.valueOf(r.nextText()), r.nextBoolean())));
    }
    return mine;
  }
}
