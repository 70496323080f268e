package org.agora.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.events.entity.EventView;
import org.agora.events.entity.ReminderDue;
import org.agora.platform.boundary.NativeSql;

/**
 * Claims the reminders that are due and announces them: whoever is going (not waiting) to an
 * occurrence of an event that was not cancelled is reminded once when it starts within a day and
 * once within the hour; who says yes less than a day ahead hears at once, then within the hour. The
 * claim is an insert that skips rows already there, so each reminder goes out once, whichever
 * node runs the job.
 */
@ApplicationScoped
@Transactional
public class ReminderStore {

  private static final String CLAIM =
      "insert into calendar_reminder (event_id, occurrence_start, person_id, kind, sent_at)"
          + " select r.event_id, r.occurrence_start, r.person_id,"
          + "   case when r.occurrence_start <= cast(?1 as timestamptz) + interval '1 hour' then 'HOUR' else 'DAY' end, cast(?1 as timestamptz)"
          + " from calendar_rsvp r join calendar_event e on e.id = r.event_id and e.cancelled_at is null"
          + " where r.answer = 'YES' and not r.waitlisted"
          + "   and r.occurrence_start > cast(?1 as timestamptz) and r.occurrence_start <= cast(?1 as timestamptz) + interval '24 hours'"
          + " on conflict do nothing"
          + " returning event_id, occurrence_start, person_id, kind";

  @PersistenceContext EntityManager em;
  @Inject EventStore events;
  @Inject Event<ReminderDue> due;

  private record Claimed(long eventId, Instant occurrence, long personId, String kind) {}

  /** Sends what is due at {@code now}; how many reminders went out. */
  public int sendDue(Instant now) {
    List<Claimed> claimed = NativeSql.rows(em.createNativeQuery(CLAIM).setParameter(1, now.atOffset(ZoneOffset.UTC)),
        r -> new Claimed(r.nextLong(), r.nextInstant(), r.nextLong(), r.nextText()));
    Map<Long, EventView> byId = claimed.stream().map(Claimed::eventId).distinct()
        .map(events::find).flatMap(Optional::stream).collect(Collectors.toMap(EventView::id, Function.identity()));
    for (Claimed c : claimed) {
      EventView event = byId.get(c.eventId());
      due.fire(new ReminderDue(c.eventId(), event.community() == null ? null : event.community().id(), event.organiser().id(),
          c.personId(), c.occurrence(), c.kind()));
    }
    return claimed.size();
  }
}
