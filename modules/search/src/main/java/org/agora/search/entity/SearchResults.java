package org.agora.search.entity;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits, the cursor of the next page ({@code null} on the last), the facets of
 * all hits (by facet name, most frequent value first; {@code date} counts the last week, month,
 * year and older), how many hits there are in all, and whether the facet counts are estimates
 * (from a random sample, when a query matches more than 10,000 documents of one kind; the total
 * is always exact).
 */
public record SearchResults(
    List<SearchItem> items, String next, Map<String, List<FacetValue>> facets, long total, boolean facetsEstimated) {}
