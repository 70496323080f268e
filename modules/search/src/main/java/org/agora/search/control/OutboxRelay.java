package org.agora.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Keeps Elasticsearch in step with PostgreSQL: drains the outbox batch by batch, right after each
 * commit on this node and every poll interval (for other nodes' writes). While Elasticsearch or
 * the database is away it backs off exponentially up to 30 seconds; writes never wait for it.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  static final long FIRST_BACKOFF_MILLIS = 500;
  static final long MAX_BACKOFF_MILLIS = 30_000;

  @Resource ManagedScheduledExecutorService executor;
  @Inject OutboxBatch batch;
  @Inject IndexRebuilder rebuilder;
  @Inject OutboxBacklog backlog;
  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "agora.search.relay.batch-size", defaultValue = "500")
  int batchSize;

  @Inject
  @ConfigProperty(name = "agora.search.relay.poll-millis", defaultValue = "1000")
  long pollMillis;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wakeRequested = new AtomicBoolean();
  private volatile boolean indexesReady;
  private volatile boolean stopped;
  private volatile int failures;
  private volatile long retryAtNanos = System.nanoTime();
  private ScheduledFuture<?> polling;

  void start(@Observes SchemaMigrated schema) {
    metrics.gauge(
        Metadata.builder()
            .withName("agora_search_outbox_pending")
            .withDescription("Outbox rows not yet indexed into Elasticsearch")
            .withUnit(MetricUnits.NONE)
            .build(),
        backlog,
        OutboxBacklog::pending);
    metrics.gauge(
        Metadata.builder()
            .withName("agora_search_lag")
            .withDescription("Age of the oldest outbox row not yet indexed into Elasticsearch")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        backlog,
        OutboxBacklog::lagSeconds);
    polling = executor.scheduleWithFixedDelay(this::drain, 0, pollMillis, TimeUnit.MILLISECONDS);
    LOG.info(() -> "outbox relay started, polling every " + pollMillis + " ms");
  }

  /** A write on this node committed: index it now rather than at the next poll. */
  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
    if (polling != null && wakeRequested.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  void drain() {
    if (stopped || System.nanoTime() - retryAtNanos < 0 || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      if (!indexesReady && !(indexesReady = rebuilder.ensureAll())) {
        return; // another node is building the indexes; the next poll looks again
      }
      int processed;
      do {
        wakeRequested.set(false);
        processed = batch.process(batchSize);
      } while (!stopped && (processed == batchSize || wakeRequested.get()));
      if (failures > 0) {
        LOG.info("indexing resumed after " + failures + " failed attempts");
        failures = 0;
      }
    } catch (RuntimeException e) {
      indexesReady = false;
      failures++;
      long backoff = backoffMillis(failures);
      retryAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoff);
      if (failures == 1 || failures % 20 == 0) {
        LOG.warning("indexing failed (" + rootCause(e) + "); retrying with back-off, next in " + backoff + " ms");
      }
    } finally {
      running.set(false);
    }
  }

  /** 0.5 s, 1 s, 2 s, ... up to 30 s. */
  static long backoffMillis(int failures) {
    int doublings = Math.min(failures - 1, 16);
    return Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << doublings);
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause == e ? String.valueOf(e) : e.getClass().getSimpleName() + " / " + cause;
  }

  @PreDestroy
  void stop() {
    stopped = true;
    if (polling != null) {
      polling.cancel(false);
    }
  }
}
