package org.agora.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.agora.insights.entity.Table;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Insights change slowly: one result per question and scope is kept for
 * {@code agora.insights.cache-seconds} (default 300; 0 keeps nothing) on this node. Figures are at
 * most that old; docs/insights.md says so. The dashboard opens fast without it (daily rollups);
 * the cache spares repeated clicks and the community figures, which scan their community.
 * {@link #renew} computes answers afresh in the background, so that readers never wait for them.
 */
@ApplicationScoped
public class InsightsCache {

  static final int MAX_ENTRIES = 500;

  private record Entry(Table table, long expiresAt) {}

  /** Bound while {@link #renew} runs: every answer asked for is computed again, not read from the cache. */
  private static final ScopedValue<Boolean> RENEWING = ScopedValue.newInstance();

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** Counts {@link #clear}s: an answer computed while the cache was cleared is not kept. */
  private final AtomicLong generation = new AtomicLong();

  @Inject @ConfigProperty(name = "agora.insights.cache-seconds", defaultValue = "300") long seconds;

  public Table get(String key, Supplier<Table> compute) {
    if (seconds <= 0) {
      return compute.get();
    }
    long now = System.nanoTime();
    Entry entry = entries.get(key);
    if (entry != null && entry.expiresAt - now > 0 && !RENEWING.isBound()) {
      return entry.table;
    }
    long computedIn = generation.get();
    Table table = compute.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    if (generation.get() == computedIn) {
      entries.put(key, new Entry(table, now + Duration.ofSeconds(seconds).toNanos()));
    }
    return table;
  }

  /**
   * Runs {@code questions} with every answer computed afresh and put in place of the cached one;
   * readers get the previous answer until then. Does nothing when the cache is off.
   */
  public void renew(Runnable questions) {
    if (seconds > 0) {
      ScopedValue.where(RENEWING, true).run(questions);
    }
  }

  /** How long an answer is kept, empty when the cache is off. */
  public Optional<Duration> lifetime() {
    return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
  }

  /** Forgets everything (tests, and after an admin changes what counts). */
  public void clear() {
    generation.incrementAndGet();
    entries.clear();
  }
}
