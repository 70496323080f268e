package org.agora.live.control;

import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes the container's idle timer off a stream. Payara's WebSocket container (Tyrus 2.1) cancels
 * and reschedules a session's idle-timeout task on every frame sent or received, even when the
 * session has no idle timeout, on the default managed scheduled executor, whose context capture
 * scans the class path ({@code ServiceLoader}) for each task: with thousands of receivers per
 * event that was most of a broadcast's cost. Streams need no container idle timeout (heartbeats
 * and failed writes find dead clients), so each stream's session gets a scheduler that never
 * schedules anything. Another container, or a Tyrus without that field, keeps its own timer.
 */
public final class IdleTimers {

  private static final Logger LOG = Logger.getLogger(IdleTimers.class.getName());
  private static final ScheduledExecutorService NONE = new NoTimer();
  private static final AtomicBoolean REPORTED = new AtomicBoolean();

  private IdleTimers() {}

  /** True when the container's timer is off for this session (its idle timeout must be 0). */
  public static boolean switchOff(Session socket) {
    socket.setMaxIdleTimeout(0);
    Field service = schedulerField(socket.getClass());
    boolean off = false;
    if (service != null) {
      try {
        service.set(socket, NONE);
        off = true;
      } catch (IllegalAccessException | RuntimeException e) {
        LOG.log(Level.FINE, "container idle timer left on", e);
      }
    }
    if (REPORTED.compareAndSet(false, true)) {
      LOG.log(off ? Level.INFO : Level.WARNING, off
          ? "live streams: the container's idle timer is off"
          : "live streams: the container's idle timer stays on ({0}); every frame sent costs a timer task",
          socket.getClass().getName());
    }
    return off;
  }

  private static Field schedulerField(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getType() == ScheduledExecutorService.class && field.getName().equals("service")) {
          try {
            field.setAccessible(true);
            return field;
          } catch (RuntimeException e) {
            LOG.log(Level.FINE, "container idle timer not reachable", e);
            return null;
          }
        }
      }
    }
    return null;
  }

  /** A scheduler for a timer that never fires: every task is cancelled at once, nothing runs. */
  private static final class NoTimer extends AbstractExecutorService implements ScheduledExecutorService {

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      return Cancelled.INSTANCE;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
      return Cancelled.instance();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
      return Cancelled.INSTANCE;
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
      return Cancelled.INSTANCE;
    }

    @Override
    public void execute(Runnable command) {
      // Nothing of the idle timer is ever run.
    }

    @Override
    public void shutdown() {}

    @Override
    public List<Runnable> shutdownNow() {
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return false;
    }

    @Override
    public boolean isTerminated() {
      return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return false;
    }
  }

  private static final class Cancelled<V> implements ScheduledFuture<V> {

    static final Cancelled<Object> INSTANCE = new Cancelled<>();

    @SuppressWarnings("unchecked")
    static <V> Cancelled<V> instance() {
      return (Cancelled<V>) INSTANCE;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return 0;
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(0, other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      return false;
    }

    @Override
    public boolean isCancelled() {
      return true;
    }

    @Override
    public boolean isDone() {
      return true;
    }

    @Override
    public V get() {
      throw new CancellationException("no idle timer");
    }

    @Override
    public V get(long timeout, TimeUnit unit) {
      return get();
    }
  }
}
