package org.agora.insights.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
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
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject @ConfigProperty(name = "agora.insights.rollup-seconds", defaultValue = "60") long seconds;

  private final AtomicBoolean running = new AtomicBoolean();
  private ScheduledFuture<?> schedule;

  /** What a catch-up did. */
  public record Result(int steps, long millis) {}

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    if (seconds > 0) {
      schedule = scheduler.scheduleWithFixedDelay(this::tick, Math.min(seconds, 10), seconds, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      if (rollups.schemaReady()) {
        Result result = catchUp(false);
        if (result.steps() > 1) {
          LOG.info(() -> "insights: rolled up " + result.steps() + " steps in " + result.millis() + " ms");
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "insights: rollup failed, will try again", e);
    } finally {
      running.set(false);
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
