package org.agora.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.agora.events.entity.EventSummary;
import org.agora.platform.boundary.NativeSql;

/**
 * Events in bulk for the search index, whatever the reader: the index keeps each event's
 * community, and search filters by the reader's communities as for posts. Cancelled events are
 * left out, so the index drops them.
 */
@ApplicationScoped
@Transactional
public class EventSummaries {

  @PersistenceContext EntityManager em;

  public List<EventSummary> byIds(Collection<Long> ids) {
    return NativeSql.rows(em.createNativeQuery(
                "select id, title, description, starts_at, last_starts_at, recurrence is not null, location, community_id,"
                    + " organiser_id, created_at from calendar_event where id = any(cast(?1 as bigint[])) and cancelled_at is null")
            .setParameter(1, NativeSql.ids(ids)),
        r -> new EventSummary(r.nextLong(), r.nextText(), r.nextText(), r.nextInstant(), r.nextInstant(), r.nextBoolean(),
            r.nextText(), r.nextLongOrNull(), r.nextLong(), r.nextInstant()));
  }

  public List<Long> idsAfter(long afterId, int limit) {
    return NativeSql.rows(em.createNativeQuery("select id from calendar_event where id > ?1 and cancelled_at is null order by id limit ?2")
        .setParameter(1, afterId).setParameter(2, limit), NativeSql.Row::nextLong);
  }

  public long count() {
    return ((Number) em.createNativeQuery("select count(*) from calendar_event where cancelled_at is null").getSingleResult()).longValue();
  }
}
