package org.agora.search.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns a checked {@link SearchQuery} into one Elasticsearch request: the text matched with
 * {@code multi_match} (never {@code query_string}, so no input is ever parsed as Lucene syntax) on
 * the fields every index shares, filtered to the reader's {@link #audience} and the requested
 * types and facet values, a mild freshness bonus, highlighting, facets, and {@code search_after}
 * paging on score and key.
 */
public final class QueryComposer {

  /** How much a brand-new document gains at most, added to a text score of typically 2 to 20. */
  static final double FRESHNESS_BONUS = 1.0;
  /** The age at which the freshness bonus is half of {@link #FRESHNESS_BONUS}. */
  static final String FRESHNESS_PIVOT = "90d";

  private QueryComposer() {}

  /** The fields a text query searches, with their boosts; the same for every index. */
  static final List<String> FIELDS =
      List.of("title^3", "tags^2", "body", "author", "job_title", "department", "community", "location");

  /** The date facet: hits of the last week, month, year (overlapping) and older. */
  static final String DATE_FACET = "date";

  /** The fields whose matches make the snippet, the most telling first. */
  static final List<String> SNIPPET_FIELDS = List.of("body", "title", "tags", "job_title");

  public static SearchRequest compose(
      SearchQuery query, List<IndexDefinition> definitions, List<String> texts, Audience reader, long origin) {
    List<String> fields = FIELDS;
    Set<String> snippetFields = new LinkedHashSet<>(SNIPPET_FIELDS);

    Query text =
        Query.of(q -> q.bool(b -> {
          for (String alternative : texts) {
            b.should(s -> s.multiMatch(m -> m
                .query(alternative)
                .fields(fields)
                .type(TextQueryType.CrossFields)
                .operator(Operator.Or)
                .minimumShouldMatch("2<-25%")));
          }
          return b.minimumShouldMatch("1");
        }));
    // distance_feature rather than a gauss decay in function_score: the same half-way point, and
    // Elasticsearch can skip documents it cannot rank high enough (a broad query, a million matches,
    // took 220 instead of 270 ms alone in Elasticsearch).
    Query freshness =
        Query.of(q -> q.distanceFeature(d -> d.date(x -> x
            .field("date")
            .origin(String.valueOf(origin))
            .pivot(Time.of(t -> t.time(FRESHNESS_PIVOT)))
            .boost((float) FRESHNESS_BONUS))));

    List<Query> filters = new ArrayList<>();
    filters.add(audience(reader));
    filters.add(Query.of(q -> q.terms(t -> t.field("type").terms(v -> v.value(query.types().stream().sorted().map(FieldValue::of).toList())))));
    if (query.department() != null) {
      filters.add(keyword("department.keyword", query.department()));
    }
    if (query.community() != null) {
      filters.add(community(query.community()));
    }
    if (query.tag() != null) {
      filters.add(keyword("tags.keyword", query.tag()));
    }
    if (query.from() != null || query.to() != null) {
      filters.add(Query.of(q -> q.range(r -> r.date(d -> {
        d.field("date");
        if (query.from() != null) d.gte(String.valueOf(query.from().toEpochMilli()));
        if (query.to() != null) d.lte(String.valueOf(query.to().toEpochMilli()));
        return d.format("epoch_millis");
      }))));
    }

    Map<String, HighlightField> highlights = new LinkedHashMap<>();
    snippetFields.forEach(f -> highlights.put(f, HighlightField.of(h -> h)));
    Map<String, Aggregation> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      facets.put(facet.label, Aggregation.of(a -> a.terms(t -> t.field(facet.field).size(facet.size))));
    }
    facets.put(DATE_FACET, Aggregation.of(a -> a.dateRange(r -> r
        .field("date")
        .ranges(x -> x.key("week").from(f -> f.expr("now-7d/d")))
        .ranges(x -> x.key("month").from(f -> f.expr("now-30d/d")))
        .ranges(x -> x.key("year").from(f -> f.expr("now-365d/d")))
        .ranges(x -> x.key("older").to(f -> f.expr("now-365d/d"))))));

    return SearchRequest.of(s -> {
      s.index(definitions.stream().map(IndexDefinition::alias).toList())
          .query(q -> q.bool(b -> b.must(text).should(freshness).filter(filters)))
          .size(query.limit() + 1)
          .trackTotalHits(t -> t.enabled(true))
          .source(src -> src.filter(f -> f.excludes("suggest")))
          .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
          .sort(o -> o.field(f -> f.field("key").order(SortOrder.Asc)))
          .highlight(h -> h
              .fields(highlights)
              .encoder(HighlighterEncoder.Html)
              .preTags("<mark>")
              .postTags("</mark>")
              .fragmentSize(160)
              .numberOfFragments(1))
          .aggregations(facets);
      if (query.after() != null) {
        s.searchAfter(FieldValue.of(query.after().score()), FieldValue.of(query.after().key()));
      }
      return s;
    });
  }

  /**
   * What the reader may see, inside the query so hidden documents count nowhere, not in hits, totals
   * or facets: public documents, documents of the communities whose content they read, and their own.
   */
  public static Query audience(Audience reader) {
    List<FieldValue> communities = reader.communityIds().stream().sorted().map(FieldValue::of).toList();
    return Query.of(q -> q.bool(b -> b
        .should(s -> s.term(t -> t.field("public").value(true)))
        .should(s -> s.terms(t -> t.field("community_id").terms(v -> v.value(communities))))
        .should(s -> s.term(t -> t.field("owner_id").value(reader.personId())))
        .minimumShouldMatch("1")));
  }

  /** A keyword field's value, in any case (as the facet shows it). */
  private static Query keyword(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value).caseInsensitive(true)));
  }

  /** A community by its id or by its name. */
  private static Query community(String community) {
    if (community.chars().allMatch(Character::isDigit) && community.length() < 19) {
      return Query.of(q -> q.term(t -> t.field("community_id").value(Long.parseLong(community))));
    }
    return keyword("community.keyword", community);
  }

  /**
   * The texts to search for: what was typed and, when skills or topics in it have a canonical name
   * ("k8s" is "kubernetes"), the text with those replaced. Whole input first, then word by word.
   */
  public static List<String> alternatives(String text, UnaryOperator<String> canonical) {
    Set<String> texts = new LinkedHashSet<>();
    texts.add(text);
    String whole = canonical.apply(text);
    if (!whole.isEmpty()) {
      texts.add(whole);
    }
    StringBuilder wordByWord = new StringBuilder();
    for (String word : text.split("\\s+")) {
      String replaced = canonical.apply(word);
      wordByWord.append(wordByWord.length() == 0 ? "" : " ").append(replaced.isEmpty() ? word : replaced);
    }
    texts.add(wordByWord.toString());
    // Case differences alone are no alternative: the analyzer lowercases anyway.
    Set<String> distinct = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String t : texts) {
      if (seen.add(t.toLowerCase(Locale.ROOT))) {
        distinct.add(t);
      }
    }
    return List.copyOf(distinct);
  }
}
