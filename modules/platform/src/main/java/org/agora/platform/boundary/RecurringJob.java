package org.agora.platform.boundary;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work done in rounds on the server's managed scheduler (sending mail, delivering
 * webhooks), started by an observer of {@link org.agora.platform.entity.SchemaMigrated} so that no
 * round runs before its tables exist: never two rounds at once on a node, and a failed round costs a log line, not the
 * schedule, because an exception escaping a scheduled task cancels all its later runs.
 */
public final class RecurringJob {

  private final String name;
  private final Logger log;
  private final Runnable round;
  private final AtomicBoolean running = new AtomicBoolean();
  private ScheduledFuture<?> schedule;

  /**
   * @param name what the log lines start with, for example {@code "mail"}
   * @param round one round of the work
   */
  public RecurringJob(String name, Logger log, Runnable round) {
    this.name = Objects.requireNonNull(name);
    this.log = Objects.requireNonNull(log);
    this.round = Objects.requireNonNull(round);
  }

  /** Runs a round every {@code delay} after the previous one ended, the first one after {@code delay}. */
  public void start(ScheduledExecutorService scheduler, Duration delay) {
    start(scheduler, delay, delay);
  }

  /** Runs the first round after {@code first}, then every {@code delay} after the previous one ended. */
  public synchronized void start(ScheduledExecutorService scheduler, Duration first, Duration delay) {
    if (schedule == null) {
      schedule = scheduler.scheduleWithFixedDelay(
          this::runOnce, first.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  public synchronized void stop() {
    if (schedule != null) {
      schedule.cancel(false);
      schedule = null;
    }
  }

  /**
   * Runs one round on the caller's thread, for "run now" buttons and tests.
   *
   * @return false when no round ran: another was running
   */
  public boolean runOnce() {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    try {
      round.run();
      return true;
    } catch (RuntimeException e) {
      // The database is away, say: the next round tries again, nothing is lost.
      log.warning(name + ": round failed, retrying at the next one: " + e);
      log.log(Level.FINE, name + ": round failed", e);
      return false;
    } finally {
      running.set(false);
    }
  }
}
