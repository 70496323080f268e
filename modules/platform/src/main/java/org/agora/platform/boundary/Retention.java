package org.agora.platform.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.agora.platform.control.RetentionBatch;
import org.agora.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the tables that grow with use in bounds: every {@code agora.retention.interval-minutes}
 * (default 60; 0 turns it off) it applies every module's {@link RetentionRule}, batch by batch.
 * Every node schedules it; an advisory lock lets one node at a time delete. See
 * docs/operations.md ("Retention").
 */
@ApplicationScoped
public class Retention {

  private static final Logger LOG = Logger.getLogger(Retention.class.getName());

  @Inject @Any Instance<RetentionRule> rules;
  @Inject RetentionBatch batch;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject @ConfigProperty(name = "agora.retention.interval-minutes", defaultValue = "60") long intervalMinutes;

  /** Rows per batch: small enough that a batch holds its row locks for milliseconds. */
  @Inject @ConfigProperty(name = "agora.retention.batch-size", defaultValue = "1000") int batchSize;

  /** Batches per table and round at most, so that a first run on years of rows spreads over rounds. */
  @Inject @ConfigProperty(name = "agora.retention.max-batches", defaultValue = "500") int maxBatches;

  private final RecurringJob job = new RecurringJob("retention", LOG, this::round);

  void start(@Observes SchemaMigrated schema) {
    if (intervalMinutes > 0) {
      job.start(scheduler, Duration.ofMinutes(Math.min(intervalMinutes, 5)), Duration.ofMinutes(intervalMinutes));
    }
  }

  @PreDestroy
  void stop() {
    job.stop();
  }

  private void round() {
    Map<String, Long> deleted = purge(Instant.now(clock));
    if (deleted.values().stream().anyMatch(n -> n > 0)) {
      LOG.info(() -> "retention: deleted " + deleted);
    }
  }

  /**
   * Applies every rule once, as of {@code now}, on the caller's thread (for tests and admins).
   *
   * @return rows deleted per table; empty when another node was purging
   */
  public Map<String, Long> purge(Instant now) {
    Map<String, Long> deleted = new LinkedHashMap<>();
    for (RetentionRule rule : rules) {
      long total = 0;
      for (int round = 0; round < maxBatches; round++) {
        int n = batch.run(rule, now, batchSize);
        if (n < 0) {
          return Map.of();
        }
        total += n;
        if (n < batchSize) {
          break;
        }
      }
      deleted.merge(rule.table(), total, Long::sum);
    }
    return deleted;
  }
}
