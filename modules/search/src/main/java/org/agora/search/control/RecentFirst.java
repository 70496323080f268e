package org.agora.search.control;

import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the first page (the best {@code requested} hits by text score plus freshness) without
 * scoring every match, from two cheap searches: the best of the recent documents by their full
 * score, and the best of the older ones by their text score alone.
 *
 * <p>An older document's freshness is at most {@code mostFreshnessOfOlder}, so its full score is at
 * most its text score plus that. Older documents that could reach the recent hits ("contenders")
 * are scored in full; an older document outside the text ranking scores at most the last text
 * score there plus that bonus. When even that stays below the page's last place, the page is
 * exactly what scoring every match would give; otherwise the whole query has to be scored.
 */
public final class RecentFirst {

  /** Highest score first, then the key: the order of the page. */
  private static final Comparator<Hit<JsonData>> ORDER =
      Comparator.comparingDouble(RecentFirst::score).reversed().thenComparing(RecentFirst::key);

  /**
   * Score sums are rounded to float by Elasticsearch; the bound is raised by more than that
   * rounding so that it never falls below a true score.
   */
  private static final double ROUNDING = 1e-5;

  private final List<Hit<JsonData>> recent;
  private final List<Hit<JsonData>> olderByText;
  private final int requested;
  private final double mostFreshnessOfOlder;

  /**
   * @param recent the best recent documents by full score, at most {@code requested}
   * @param olderByText the best older documents by text score, at most {@code requested}
   */
  public RecentFirst(List<Hit<JsonData>> recent, List<Hit<JsonData>> olderByText, int requested, double mostFreshnessOfOlder) {
    this.recent = recent;
    this.olderByText = olderByText;
    this.requested = requested;
    this.mostFreshnessOfOlder = mostFreshnessOfOlder;
  }

  /** The keys of the older documents that may score above the recent page's last place. */
  public Set<String> olderContenders() {
    double lastRecent = lastPlace(recent);
    Set<String> keys = new LinkedHashSet<>();
    for (Hit<JsonData> hit : olderByText) {
      if (upperBound(score(hit)) >= lastRecent) {
        keys.add(key(hit));
      }
    }
    return keys;
  }

  /**
   * The page from the recent hits and the contenders scored in full, best first; empty when an
   * older document outside the text ranking might still belong on it.
   */
  public Optional<List<Hit<JsonData>>> page(List<Hit<JsonData>> contendersScored) {
    List<Hit<JsonData>> merged = new ArrayList<>(recent);
    Set<String> recentKeys = new LinkedHashSet<>();
    recent.forEach(h -> recentKeys.add(key(h)));
    contendersScored.stream().filter(h -> !recentKeys.contains(key(h))).forEach(merged::add);
    merged.sort(ORDER);
    List<Hit<JsonData>> page = merged.subList(0, Math.min(requested, merged.size()));
    boolean everyOlderMatchRanked = olderByText.size() < requested;
    if (everyOlderMatchRanked || upperBound(score(olderByText.get(olderByText.size() - 1))) < lastPlace(page)) {
      return Optional.of(List.copyOf(page));
    }
    return Optional.empty();
  }

  /** The score of the last of {@code requested} hits, or none when there are fewer. */
  private double lastPlace(List<Hit<JsonData>> hits) {
    return hits.size() < requested ? Double.NEGATIVE_INFINITY : score(hits.get(requested - 1));
  }

  /** The most an older document with this text score can score with its freshness. */
  private double upperBound(double textScore) {
    return textScore + mostFreshnessOfOlder + ROUNDING;
  }

  static double score(Hit<JsonData> hit) {
    return hit.score() == null ? 0 : hit.score();
  }

  static String key(Hit<JsonData> hit) {
    return hit.source().toJson().asJsonObject().getString("key", "");
  }
}
