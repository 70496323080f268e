package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Which way this node finds a query's first page, learned from Elasticsearch's own timing, as a
 * database keeps plans. Scoring every match is right for most queries: Elasticsearch skips what
 * cannot reach the page, and a second way would only add searches. When that took long (a word in
 * most documents, where freshness decides), the query's next first pages are looked for among the
 * recent documents first ({@link RecentFirst}), until that fails to settle a page. Either way the
 * page is exact; only the cost differs. Readers share plans: the cost depends on the words and
 * filters, hardly on who asks.
 */
@ApplicationScoped
public class PagePlans {

  private static final Logger LOG = Logger.getLogger(PagePlans.class.getName());

  /** Queries remembered, the least recently used forgotten first. */
  static final int REMEMBERED = 1_000;
  /**
   * A first page whose search took Elasticsearch this long, for a query matching more than the
   * counts count exactly, makes the query look recent first. Under load Elasticsearch's time
   * includes waiting for a core, so a narrow query may take 25 ms; a broad one takes 35 to 50 ms
   * alone on the benchmark organisation and far more under load.
   */
  static final long SLOW_MILLIS = 50;

  private final Set<SearchQuery> recentFirst = Collections.newSetFromMap(Collections.synchronizedMap(
      new LinkedHashMap<SearchQuery, Boolean>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchQuery, Boolean> eldest) {
          return size() > REMEMBERED;
        }
      }));

  /** Whether the query's first page is looked for among recent documents first. */
  public boolean recentFirst(SearchQuery query) {
    return recentFirst.contains(matching(query));
  }

  /** Elasticsearch scored every match of a query matching very many for its first page, taking this long. */
  public void scoredEveryMatch(SearchQuery query, long tookMillis) {
    if (tookMillis >= SLOW_MILLIS && recentFirst.add(matching(query))) {
      LOG.info(() -> "scoring every match of \"" + query.text() + "\" took " + tookMillis + " ms: its first pages look recent first");
    }
  }

  /** Looking among recent documents first did not settle the query's first page. */
  public void recentFirstDidNotSettle(SearchQuery query) {
    if (recentFirst.remove(matching(query))) {
      LOG.fine(() -> "the recent documents did not settle the first page of \"" + query.text() + "\": every match is scored again");
    }
  }

  /** What decides the matches, and so the cost: not the page size, the cursor nor the text's case. */
  static SearchQuery matching(SearchQuery query) {
    return new SearchQuery(query.text().toLowerCase(Locale.ROOT), query.types(), query.department(), query.community(),
        query.tag(), query.from(), query.to(), 0, null);
  }
}
