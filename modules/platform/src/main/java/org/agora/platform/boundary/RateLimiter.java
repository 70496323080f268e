package org.agora.platform.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (a username, a person, an address) in fixed windows and says when a key
 * has had enough: {@link #acquire} answers how long to wait, or empty when the event may go ahead.
 * Per node: behind a load balancer with n nodes, a client gets at most n times the limit, which is
 * what these limits are for (stopping floods and guessing, not metering).
 */
public class RateLimiter {

  private record Window(long start, int count) {}

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public RateLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Counts one event for the key; answers the wait when the key is over its limit. */
  public Optional<Duration> acquire(String key) {
    long now = clock.millis();
    Window current = windows.compute(key, (k, w) -> w == null || now - w.start >= window.toMillis()
        ? new Window(now, 1) : new Window(w.start, w.count + 1));
    forgetOldWindows(now);
    if (current.count <= limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Math.max(1000, window.toMillis() - (now - current.start))));
  }

  /** Whether the key is over its limit now, without counting an event. */
  public Optional<Duration> blocked(String key) {
    long now = clock.millis();
    Window current = windows.get(key);
    if (current == null || now - current.start >= window.toMillis() || current.count < limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Math.max(1000, window.toMillis() - (now - current.start))));
  }

  public void reset(String key) {
    windows.remove(key);
  }

  private void forgetOldWindows(long now) {
    if (windows.size() > 50_000) {
      windows.values().removeIf(w -> now - w.start >= window.toMillis());
    }
  }
}
