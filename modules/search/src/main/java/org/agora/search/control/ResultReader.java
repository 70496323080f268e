package org.agora.search.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.agora.search.entity.FacetValue;
import org.agora.search.entity.SearchItem;
import org.agora.search.entity.SearchResults;

/** Turns Elasticsearch's answers into the API's: items with snippets, the next cursor, facets, total. */
public final class ResultReader {

  /** Highest score first, then the key: the order of {@code search_after} paging. */
  static final Comparator<Ranked> ORDER =
      Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::key);

  private ResultReader() {}

  /** A hit with the score and key it sorts by. */
  record Ranked(Hit<JsonData> hit, JsonObject source, double score, String key) {}

  /**
   * Whether a page asked for by score alone cannot be put in (score, key) order from its hits: the
   * score of the page's last place is also that of the last hit Elasticsearch returned, and there
   * may be more documents with that score than it returned. (When fewer hits came back than were
   * asked for, every match is among them.)
   */
  public static boolean tieRunsPastTheHits(List<Hit<JsonData>> hits, int limit, int requested) {
    return hits.size() > limit && hits.size() >= requested && score(hits.get(limit - 1)) == score(hits.get(hits.size() - 1));
  }

  /**
   * The page (by score alone or by score and key), the total and facets from the counts (exact, or
   * sampled when {@code sampled} holds the second search's answer).
   *
   * <p>The page and the counts are two searches and may see the index on either side of a refresh.
   * When a first page holds every match, its own count is the total, so a fresh document never
   * shows as "1 result" with no item.
   */
  public static SearchResults read(
      List<Hit<JsonData>> page,
      ResponseBody<JsonData> counts,
      boolean sampled,
      boolean firstPage,
      int limit,
      long origin,
      Function<String, Optional<IndexDefinition>> definitionOfType) {
    List<Ranked> ranked = new ArrayList<>();
    for (Hit<JsonData> hit : page) {
      JsonObject source = hit.source().toJson().asJsonObject();
      List<FieldValue> sort = hit.sort();
      ranked.add(sort.size() == 2
          ? new Ranked(hit, source, sort.get(0).doubleValue(), sort.get(1).stringValue())
          : new Ranked(hit, source, score(hit), source.getString("key", "")));
    }
    ranked.sort(ORDER);
    List<SearchItem> items = new ArrayList<>();
    for (Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
      definitionOfType
          .apply(r.source().getString("type", ""))
          .ifPresent(d -> items.add(d.item(r.source().getJsonNumber("id").longValue(), r.source(), snippet(d, r.hit()))));
    }
    String next = null;
    if (ranked.size() > limit) {
      Ranked last = ranked.get(limit - 1);
      next = new SearchCursor(origin, last.score(), last.key()).encode();
    }
    long total = counts.hits().total() == null || (firstPage && ranked.size() <= limit)
        ? ranked.size()
        : counts.hits().total().value();
    Map<String, List<FacetValue>> facets = sampled ? sampledFacets(counts) : facets(counts);
    return new SearchResults(items, next, facets, total, sampled);
  }

  private static double score(Hit<JsonData> hit) {
    return hit.score() == null ? 0 : hit.score();
  }

  /** The first highlighted fragment, from the field that tells most about why it matched. */
  static String snippet(IndexDefinition definition, Hit<JsonData> hit) {
    for (String field : QueryComposer.SNIPPET_FIELDS) {
      List<String> fragments = hit.highlight().get(field);
      if (fragments != null && !fragments.isEmpty()) {
        return fragments.get(0);
      }
    }
    return null;
  }

  private static Map<String, List<FacetValue>> facets(ResponseBody<JsonData> response) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      Aggregate aggregate = response.aggregations().get(facet.label);
      List<FacetValue> values = new ArrayList<>();
      if (aggregate != null && aggregate.isSterms()) {
        aggregate.sterms().buckets().array().forEach(b -> values.add(new FacetValue(b.key().stringValue(), b.docCount())));
      }
      facets.put(facet.label, values);
    }
    Aggregate dates = response.aggregations().get(QueryComposer.DATE_FACET);
    List<FacetValue> ranges = new ArrayList<>();
    if (dates != null && dates.isDateRange()) {
      dates.dateRange().buckets().array().forEach(b -> ranges.add(new FacetValue(b.key(), b.docCount())));
    }
    facets.put(QueryComposer.DATE_FACET, ranges);
    return facets;
  }

  /**
   * The facets inside the random sample. The client has no type for that aggregation and hands it
   * over as JSON, its sub-aggregations named "type#name" (typed keys); counts are already scaled
   * back to all matches by Elasticsearch.
   */
  static Map<String, List<FacetValue>> sampledFacets(ResponseBody<JsonData> response) {
    Aggregate sample = response.aggregations().get(QueryComposer.SAMPLE);
    Map<String, JsonObject> byName = new LinkedHashMap<>();
    if (sample != null && sample._isCustom()) {
      JsonObject json = sample._custom().toJson().asJsonObject();
      json.forEach((name, value) -> {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
          byName.put(name.substring(name.indexOf('#') + 1), value.asJsonObject());
        }
      });
    }
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      facets.put(facet.label, buckets(byName.get(facet.label)));
    }
    facets.put(QueryComposer.DATE_FACET, buckets(byName.get(QueryComposer.DATE_FACET)));
    return facets;
  }

  private static List<FacetValue> buckets(JsonObject aggregation) {
    List<FacetValue> values = new ArrayList<>();
    if (aggregation != null && aggregation.get("buckets") instanceof JsonArray buckets) {
      for (JsonValue bucket : buckets) {
        JsonObject b = bucket.asJsonObject();
        values.add(new FacetValue(b.get("key") instanceof JsonString key ? key.getString() : String.valueOf(b.get("key")),
            b.getJsonNumber("doc_count").longValue()));
      }
    }
    return values;
  }
}
