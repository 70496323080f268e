package org.agora.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.platform.boundary.OutboxHold;
import org.agora.platform.boundary.RetentionRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox keeps what a module's cursor has still to read (search's indexing, webhooks), the live feed's
 * replay window ({@code agora.retention.outbox-days}, default 7) and its newest row (the cursor a
 * fresh client starts from). Only a prefix of ids is ever deleted, so a replay that starts after
 * the oldest row kept misses nothing, and one that starts before it is told to resync.
 */
@ApplicationScoped
public class OutboxRetention implements RetentionRule {

  @PersistenceContext EntityManager em;
  @Inject @Any Instance<OutboxHold> holds;
  @Inject @ConfigProperty(name = "agora.retention.outbox-days", defaultValue = "7") int days;

  @Override
  public String table() {
    return "outbox";
  }

  @Override
  public int purge(Instant now, int limit) {
    long keepFrom = keepFrom(now.minus(Duration.ofDays(days)));
    return em.createNativeQuery(
            "delete from outbox where id in (select id from outbox where id < ?1 order by id limit ?2)")
        .setParameter(1, keepFrom)
        .setParameter(2, limit)
        .executeUpdate();
  }

  /** The oldest id kept: every row before it is outside the window and read by every hold. */
  private long keepFrom(Instant cutoff) {
    long keepFrom = number("select coalesce(max(id), 0) from outbox");
    List<?> newestOld = em.createNativeQuery("select id from outbox where created_at < ?1 order by id desc limit 1")
        .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
        .getResultList();
    keepFrom = Math.min(keepFrom, newestOld.isEmpty() ? 0 : ((Number) newestOld.get(0)).longValue() + 1);
    for (OutboxHold hold : holds) {
      keepFrom = Math.min(keepFrom, hold.oldestUnread());
    }
    return keepFrom;
  }

  private long number(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
