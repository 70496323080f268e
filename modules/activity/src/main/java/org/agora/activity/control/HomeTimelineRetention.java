package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.RetentionRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored home timelines are a cache of the feed's first pages, written for every reader of
 * every item: entries about items older than {@code agora.retention.timeline-days} (default 90)
 * go, and the feed reads those pages from the sources instead. Walks the readers a few at a time,
 * through the primary key (reader, item).
 */
@ApplicationScoped
public class HomeTimelineRetention implements RetentionRule {

  private static final int READERS_PER_STEP = 50;

  @PersistenceContext EntityManager em;
  @Inject @ConfigProperty(name = "agora.retention.timeline-days", defaultValue = "90") int days;

  /** The reader after which the next batch goes on; 0 starts a new pass. Each node keeps its own. */
  private volatile long afterReader;

  @Override
  public String table() {
    return "home_timeline";
  }

  @Override
  @SuppressWarnings("unchecked")
  public int purge(Instant now, int limit) {
    List<Number> newestOld =
        em.createNativeQuery("select id from activity where created_at < ?1 order by id desc limit 1")
        .setParameter(1, now.minus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC))
        .getResultList();
    if (newestOld.isEmpty()) {
      return 0;
    }
    int deleted = 0;
    while (deleted < limit) {
      List<Number> readers = em.createNativeQuery("select id from person_card where id > ?1 order by id limit ?2")
          .setParameter(1, afterReader).setParameter(2, READERS_PER_STEP).getResultList();
      if (readers.isEmpty()) {
        afterReader = 0;
        return deleted;
      }
      int room = limit - deleted;
      int n = em.createNativeQuery(
              "delete from home_timeline where ctid = any(array(select ctid from home_timeline"
                  + " where owner_id = any(cast(?1 as bigint[])) and activity_id <= ?2 limit ?3))")
          .setParameter(1, NativeSql.ids(readers.stream().map(Number::longValue).toList()))
          .setParameter(2, newestOld.get(0).longValue())
          .setParameter(3, room)
          .executeUpdate();
      deleted += n;
      if (n < room) {
        afterReader = readers.get(readers.size() - 1).longValue();
      }
    }
    return deleted;
  }
}
