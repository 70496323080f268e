package org.agora.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.agora.events.entity.CommunityRef;
import org.agora.events.entity.EventDraft;
import org.agora.events.entity.EventView;
import org.agora.events.entity.PersonRef;
import org.agora.platform.boundary.NativeSql;

/**
 * The SQL of the {@code calendar_event} table: events are read with their organiser's name
 * ({@code person_card}) and their community's name ({@code community_card}), the views those
 * modules publish. Who may see a row is decided by the callers, through {@code EventAccess}.
 */
@ApplicationScoped
public class EventStore {

  static final String SELECT =
      "select e.id, e.title, e.description, e.starts_at, e.ends_at, e.time_zone, e.recurrence, e.location, e.online_url,"
          + " e.community_id, c.name, e.organiser_id, p.display_name, e.capacity, e.created_at, e.updated_at, e.cancelled_at"
          + " from calendar_event e join person_card p on p.id = e.organiser_id"
          + " left join community_card c on c.id = e.community_id";

  @PersistenceContext EntityManager em;

  public long insert(long organiserId, EventDraft draft, Instant now) {
    Query insert = em.createNativeQuery("insert into calendar_event (organiser_id, community_id, title, description, starts_at,"
            + " ends_at, time_zone, recurrence, last_starts_at, location, online_url, capacity, created_at, updated_at)"
            + " values (?1, cast(?2 as bigint), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, cast(?12 as integer), ?13, ?13) returning id")
        .setParameter(1, organiserId);
    return ((Number) bind(insert, draft).setParameter(13, utc(now)).getSingleResult()).longValue();
  }

  public void update(long id, EventDraft draft, Instant now) {
    Query update = em.createNativeQuery("update calendar_event set community_id = cast(?2 as bigint), title = ?3, description = ?4,"
            + " starts_at = ?5, ends_at = ?6, time_zone = ?7, recurrence = ?8, last_starts_at = ?9, location = ?10,"
            + " online_url = ?11, capacity = cast(?12 as integer), updated_at = ?13 where id = ?1")
        .setParameter(1, id);
    bind(update, draft).setParameter(13, utc(now)).executeUpdate();
  }

  public void cancel(long id, Instant now) {
    em.createNativeQuery("update calendar_event set cancelled_at = ?2, updated_at = ?2 where id = ?1 and cancelled_at is null")
        .setParameter(1, id).setParameter(2, utc(now)).executeUpdate();
  }

  /**
   * Locks the event's row until the transaction ends: answers to an event with a capacity are
   * placed one after the other, so two last places are never both given away.
   */
  public boolean lock(long id) {
    return !em.createNativeQuery("select id from calendar_event where id = ?1 for update").setParameter(1, id)
        .getResultList().isEmpty();
  }

  public Optional<EventView> find(long id) {
    return NativeSql.rows(em.createNativeQuery(SELECT + " where e.id = ?1").setParameter(1, id), EventStore::row)
        .stream().findFirst();
  }

  /**
   * Events not cancelled with an occurrence that may start in [from, to), personal ones and those of
   * the {@code communities} given (the reader's readable ones), optionally of one community only.
   */
  public List<EventView> inRange(Instant from, Instant to, Collection<Long> communities, Long onlyCommunity) {
    String sql = SELECT + " where e.cancelled_at is null and e.starts_at < ?1 and e.last_starts_at >= ?2"
        + (onlyCommunity == null
            ? " and (e.community_id is null or e.community_id = any(cast(?3 as bigint[])))"
            : " and e.community_id = ?4 and e.community_id = any(cast(?3 as bigint[]))");
    Query query = em.createNativeQuery(sql).setParameter(1, utc(to)).setParameter(2, utc(from))
        .setParameter(3, NativeSql.ids(communities));
    if (onlyCommunity != null) {
      query.setParameter(4, onlyCommunity);
    }
    return NativeSql.rows(query, EventStore::row);
  }

  /**
   * A person's calendar feed: events they organise or answered YES or MAYBE, whose last occurrence
   * started after {@code since}, personal or in the {@code communities} they may read.
   */
  public List<EventView> feed(long personId, Instant since, Collection<Long> communities) {
    return NativeSql.rows(em.createNativeQuery(SELECT + " where e.last_starts_at >= ?2"
                + " and (e.community_id is null or e.community_id = any(cast(?3 as bigint[])))"
                + " and (e.organiser_id = ?1 or exists (select 1 from calendar_rsvp r where r.event_id = e.id"
                + " and r.person_id = ?1 and r.answer in ('YES', 'MAYBE')))"
                + " order by e.starts_at, e.id limit 1000")
            .setParameter(1, personId).setParameter(2, utc(since)).setParameter(3, NativeSql.ids(communities)),
        EventStore::row);
  }

  /** Nullable values are cast in the SQL: a null parameter carries no type of its own. */
  private static Query bind(Query query, EventDraft draft) {
    return query.setParameter(2, draft.communityId()).setParameter(3, draft.title()).setParameter(4, draft.description())
        .setParameter(5, utc(draft.schedule().startsAt())).setParameter(6, utc(draft.schedule().endsAt()))
        .setParameter(7, draft.schedule().zone().getId()).setParameter(8, draft.schedule().recurrence())
        .setParameter(9, utc(new Occurrences(draft.schedule()).lastStart())).setParameter(10, draft.location())
        .setParameter(11, draft.onlineUrl()).setParameter(12, draft.capacity());
  }

  /** A row of {@link #SELECT}. */
  private static EventView row(NativeSql.Row r) {
    long id = r.nextLong();
    String title = r.nextText();
    String description = r.nextText();
    Instant startsAt = r.nextInstant();
    Instant endsAt = r.nextInstant();
    String zone = r.nextText();
    String recurrence = r.nextText();
    String location = r.nextText();
    String onlineUrl = r.nextText();
    Long communityId = r.nextLongOrNull();
    String communityName = r.nextText();
    PersonRef organiser = new PersonRef(r.nextLong(), r.nextText());
    return new EventView(id, title, description, startsAt, endsAt, zone, recurrence, location, onlineUrl,
        communityId == null ? null : new CommunityRef(communityId, communityName), organiser, r.nextIntOrNull(),
        r.nextInstant(), r.nextInstant(), r.nextInstant());
  }

  static java.time.OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
