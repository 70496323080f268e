package org.agora.search.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.agora.search.entity.FacetValue;
import org.agora.search.entity.SearchItem;
import org.agora.search.entity.SearchResults;

/** Turns Elasticsearch's answer into the API's: items with snippets, the next cursor, facets, total. */
public final class ResultReader {

  private ResultReader() {}

  public static SearchResults read(
      SearchResponse<JsonData> response,
      int limit,
      long origin,
      Function<String, Optional<IndexDefinition>> definitionOfType) {
    List<Hit<JsonData>> hits = response.hits().hits();
    List<SearchItem> items = new ArrayList<>();
    for (Hit<JsonData> hit : hits.subList(0, Math.min(limit, hits.size()))) {
      JsonObject source = hit.source().toJson().asJsonObject();
      definitionOfType
          .apply(source.getString("type", ""))
          .ifPresent(d -> items.add(d.item(source.getJsonNumber("id").longValue(), source, snippet(d, hit))));
    }
    String next = null;
    if (hits.size() > limit) {
      List<FieldValue> sort = hits.get(limit - 1).sort();
      next = new SearchCursor(origin, sort.get(0).doubleValue(), sort.get(1).stringValue()).encode();
    }
    long total = response.hits().total() == null ? items.size() : response.hits().total().value();
    return new SearchResults(items, next, facets(response), total);
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

  private static Map<String, List<FacetValue>> facets(SearchResponse<JsonData> response) {
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
}
