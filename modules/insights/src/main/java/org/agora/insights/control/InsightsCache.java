package org.agora.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.agora.insights.entity.Table;

/**
 * Insights change slowly and cost a scan each: one result per question and scope is kept for
 * five minutes on this node. Figures are at most that old; docs/insights.md says so.
 */
@ApplicationScoped
public class InsightsCache {

  static final Duration TTL = Duration.ofMinutes(5);
  static final int MAX_ENTRIES = 500;

  private record Entry(Table table, long expiresAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public Table get(String key, Supplier<Table> compute) {
    long now = System.nanoTime();
    Entry entry = entries.get(key);
    if (entry != null && entry.expiresAt - now > 0) {
      return entry.table;
    }
    Table table = compute.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(table, now + TTL.toNanos()));
    return table;
  }

  /** Forgets everything (tests, and after an admin changes what counts). */
  public void clear() {
    entries.clear();
  }
}
