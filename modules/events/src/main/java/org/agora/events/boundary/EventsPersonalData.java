package org.agora.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.agora.events.control.AnswerStore;
import org.agora.events.control.AnswerStore.Key;
import org.agora.events.control.EventStore;
import org.agora.events.control.WaitingList;
import org.agora.events.entity.AnswersChanged;
import org.agora.events.entity.EventErased;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Events' share of a person's export and erasure: the events they organise, their answers, the
 * reminders sent to them and whether they have a calendar feed (never its secret address).
 * Erasure deletes answers, reminders and the feed; organised events follow the organisation's
 * choice to keep authored content. A confirmed place given up moves the waiting list on.
 */
@ApplicationScoped
@Transactional
public class EventsPersonalData implements PersonalData {

  public record OrganisedEvent(
      long id, String title, String description, String community, Instant startsAt, Instant endsAt, String timeZone,
      String recurrence, String location, String onlineUrl, Integer capacity, Instant createdAt, Instant updatedAt,
      Instant cancelledAt) {}

  public record EventAnswer(long eventId, String event, Instant occurrenceStart, String answer, boolean waitlisted,
      Instant answeredAt) {}

  public record ReminderSent(long eventId, String event, Instant occurrenceStart, String kind, Instant sentAt) {}

  /** The person has a personal calendar feed; its address is a secret and not exported. */
  public record CalendarFeed(Instant createdAt) {}

  private record EventRef(long id, Long communityId) {}

  @PersistenceContext EntityManager em;
  @Inject EventStore events;
  @Inject AnswerStore answers;
  @Inject Clock clock;
  @Inject Event<DomainEvent> domainEvents;

  @Override
  public List<PersonalDataFile> export(long personId) {
    return Stream.of(
            PersonalData.json("events/organised.json", organised(personId)),
            PersonalData.json("events/answers.json", answered(personId)),
            PersonalData.json("events/reminders.json", reminders(personId)),
            PersonalData.json("events/calendar-feed.json", feed(personId)))
        .flatMap(Optional::stream).toList();
  }

  private List<OrganisedEvent> organised(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select e.id, e.title, e.description, c.name, e.starts_at, e.ends_at, e.time_zone, e.recurrence, e.location,"
                + " e.online_url, e.capacity, e.created_at, e.updated_at, e.cancelled_at from calendar_event e"
                + " left join community_card c on c.id = e.community_id where e.organiser_id = ?1 order by e.id")
        .setParameter(1, personId), r -> new OrganisedEvent(r.nextLong(), r.nextText(), r.nextText(), r.nextText(),
            r.nextInstant(), r.nextInstant(), r.nextText(), r.nextText(), r.nextText(), r.nextText(), r.nextIntOrNull(),
            r.nextInstant(), r.nextInstant(), r.nextInstant()));
  }

  private List<EventAnswer> answered(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select r.event_id, e.title, r.occurrence_start, r.answer, r.waitlisted, r.answered_at from calendar_rsvp r"
                + " join calendar_event e on e.id = r.event_id where r.person_id = ?1 order by r.occurrence_start, r.event_id")
        .setParameter(1, personId), r -> new EventAnswer(
            r.nextLong(), r.nextText(), r.nextInstant(), r.nextText(), r.nextBoolean(), r.nextInstant()));
  }

  private List<ReminderSent> reminders(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select r.event_id, e.title, r.occurrence_start, r.kind, r.sent_at from calendar_reminder r"
                + " join calendar_event e on e.id = r.event_id where r.person_id = ?1 order by r.sent_at")
        .setParameter(1, personId), r -> new ReminderSent(
            r.nextLong(), r.nextText(), r.nextInstant(), r.nextText(), r.nextInstant()));
  }

  private List<CalendarFeed> feed(long personId) {
    return NativeSql.rows(em.createNativeQuery("select created_at from calendar_feed_token where person_id = ?1")
        .setParameter(1, personId), r -> new CalendarFeed(r.nextInstant()));
  }

  @Override
  public void erase(long personId, boolean keepContent) {
    withdrawAnswers(personId);
    em.createNativeQuery("delete from calendar_reminder where person_id = ?1").setParameter(1, personId).executeUpdate();
    em.createNativeQuery("delete from calendar_feed_token where person_id = ?1").setParameter(1, personId).executeUpdate();
    List<EventRef> organised = NativeSql.rows(em.createNativeQuery(
            "select id, community_id from calendar_event where organiser_id = ?1 order by id")
        .setParameter(1, personId), r -> new EventRef(r.nextLong(), r.nextLongOrNull()));
    if (!keepContent && !organised.isEmpty()) {
      String ids = NativeSql.ids(organised.stream().map(EventRef::id).toList());
      em.createNativeQuery("delete from calendar_rsvp where event_id = any(cast(?1 as bigint[]))").setParameter(1, ids)
          .executeUpdate();
      em.createNativeQuery("delete from calendar_reminder where event_id = any(cast(?1 as bigint[]))").setParameter(1, ids)
          .executeUpdate();
      em.createNativeQuery("delete from calendar_event where id = any(cast(?1 as bigint[]))").setParameter(1, ids)
          .executeUpdate();
    }
    // Search shows the organiser's name with an event: it drops deleted ones and re-reads kept ones.
    organised.forEach(e -> domainEvents.fire(new EventErased(e.id(), e.communityId(), personId)));
  }

  /**
   * Deletes the person's answers; a confirmed place they held in an occurrence not yet over goes to
   * the first on its waiting list, as when they withdraw themselves.
   */
  private void withdrawAnswers(long personId) {
    List<Key> freed = NativeSql.rows(em.createNativeQuery(
            "select r.event_id, r.occurrence_start from calendar_rsvp r join calendar_event e on e.id = r.event_id"
                + " where r.person_id = ?1 and r.answer = 'YES' and not r.waitlisted and e.cancelled_at is null"
                + " and e.capacity is not null and r.occurrence_start + (e.ends_at - e.starts_at) > ?2")
        .setParameter(1, personId).setParameter(2, Instant.now(clock).atOffset(ZoneOffset.UTC)),
        r -> new Key(r.nextLong(), r.nextInstant()));
    List<EventRef> answered = NativeSql.rows(em.createNativeQuery(
            "delete from calendar_rsvp r using calendar_event e where e.id = r.event_id and r.person_id = ?1"
                + " returning r.event_id, e.community_id")
        .setParameter(1, personId), r -> new EventRef(r.nextLong(), r.nextLongOrNull()));
    for (Key key : freed) {
      events.lock(key.eventId());
      events.find(key.eventId()).ifPresent(event -> answers.confirm(key,
          WaitingList.promoted(event.capacity(), answers.confirmed(key), answers.waiting(key))));
    }
    answered.stream().distinct().forEach(e -> domainEvents.fire(new AnswersChanged(e.id(), e.communityId(), personId)));
  }
}
