package org.agora.insights.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.agora.insights.entity.RollupsAdvanced;
import org.agora.platform.boundary.RecurringJob;
import org.agora.platform.entity.HistoryRewritten;
import org.agora.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the insights rollups up to date: every {@code agora.insights.rollup-seconds} (default 60;
 * 0 turns the job off) it rolls up what is missing up to a minute ago, catching up whole days after
 * a downtime. Every node runs it; the state row's {@code for update skip locked} lets one at a time work.
 */
@ApplicationScoped
public class RollupJob {

  private static final Logger LOG = Logger.getLogger(RollupJob.class.getName());

  /** Writes still in flight are at most this old; the rollups stop this far behind, figures read the rest live. */
  static final Duration SETTLE = Duration.ofMinutes(1);

  /** Steps in one go at most (one per day, so years of history). */
  static final int MAX_STEPS = 5_000;

  @Inject InsightsRollups rollups;
  @Inject Clock clock;
  @Inject Event<RollupsAdvanced> advanced;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject @ConfigProperty(name = "agora.insights.rollup-seconds", defaultValue = "60") long seconds;

  private final RecurringJob job = new RecurringJob("insights rollup", LOG, this::round);

  /** What a catch-up did. */
  public record Result(int steps, long millis) {}

  void start(@Observes SchemaMigrated schema) {
    if (seconds > 0) {
      job.start(scheduler, Duration.ofSeconds(Math.min(seconds, 10)), Duration.ofSeconds(seconds));
    }
  }

  /**
   * Rows moved into the past (the demo company's history, right after it is loaded): the rollups
   * are built again from scratch, so that the first look at the insights shows all of it. A round
   * that ran during the load rolled up the days as they were then, and later rounds do not go back
   * to days they passed. After the commit (the start-up's loading may be one transaction), in the
   * background: a second or so at start-up.
   */
  void rewritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) HistoryRewritten history) {
    scheduler.execute(() -> {
      Result result = rebuild(null);
      LOG.info(() -> "insights: rolled up " + result.steps() + " steps in " + result.millis() + " ms after the history was rewritten");
      advanced.fire(new RollupsAdvanced(result.steps()));
    });
  }

  @PreDestroy
  void stop() {
    job.stop();
  }

  private void round() {
    Result result = catchUp(false);
    if (result.steps() > 1) {
      LOG.info(() -> "insights: rolled up " + result.steps() + " steps in " + result.millis() + " ms");
      advanced.fire(new RollupsAdvanced(result.steps()));
    }
  }

  /** Forgets the rollups from {@code from} (everything when null) and builds them again now. */
  public Result rebuild(LocalDate from) {
    rollups.rewind(from);
    return catchUp(true);
  }

  /** Rolls up everything up to a minute ago. {@code wait}: wait for another node instead of leaving it to them. */
  public Result catchUp(boolean wait) {
    long start = System.nanoTime();
    Instant target = Instant.now(clock).minus(SETTLE);
    int steps = 0;
    while (steps < MAX_STEPS) {
      steps++;
      if (!rollups.step(target, wait)) {
        break;
      }
    }
    return new Result(steps, (System.nanoTime() - start) / 1_000_000);
  }
}
