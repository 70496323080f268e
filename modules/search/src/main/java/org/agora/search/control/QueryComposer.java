package org.agora.search.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.util.NamedValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns a checked {@link SearchQuery} into Elasticsearch searches: the text matched as
 * {@link TextMatch} says (never {@code query_string}, so no input is ever parsed as Lucene syntax) on
 * the fields every index shares, filtered to the reader's {@link #audience} and the requested
 * types and facet values. A page of hits (a mild freshness bonus, highlighting, {@code search_after}
 * paging on score and key) and the total and facets of all matches are separate searches:
 *
 * <ul>
 *   <li>The first page is sorted by score alone and counts nothing. It asks for twice the page, puts
 *       the hits in (score, key) order here and keeps the page; only when a run of equal scores
 *       reaches past all the hits it got is it asked again, sorted by score and key
 *       ({@link #page(boolean)}), so paging stays exact. Later pages are sorted by score and key
 *       ({@code search_after}).
 *   <li>Elasticsearch cannot skip documents for the freshness bonus when the text scores alone
 *       cannot decide (a word in most documents), and then scores every match: 35 to 50 ms for the
 *       benchmark's 640,000. For such queries ({@link PagePlans}) the first page is looked for among
 *       the last {@link #RECENT_WINDOW} of documents ({@link #recentPage()}, 4 to 10 ms) while the
 *       older ones are ranked by text alone, which Elasticsearch can skip through
 *       ({@link #olderByText()}, 3 ms); {@link RecentFirst} decides whether that settles the page or
 *       every match must be scored after all.
 *   <li>The counts score nothing and stop after {@link #EXACT_COUNT_LIMIT} matches per index; when
 *       they stop early, the facets are counted on a {@link #FACET_SAMPLE} random sample, the total
 *       still exactly ({@link #sampledCounts()}: 25 instead of 65 ms for the broad query).
 * </ul>
 */
public final class QueryComposer {

  /** How much a brand-new document gains at most, added to a text score of typically 2 to 20. */
  static final double FRESHNESS_BONUS = 1.0;
  /** The age at which the freshness bonus is half of {@link #FRESHNESS_BONUS}. */
  static final Duration FRESHNESS_PIVOT = Duration.ofDays(90);
  /** How far back the first page is looked for first (see {@link RecentFirst}). */
  static final Duration RECENT_WINDOW = Duration.ofHours(6);
  /** Matches per index up to which facets are counted exactly. */
  public static final int EXACT_COUNT_LIMIT = 10_000;
  /** The share of the matches whose facets are counted beyond {@link #EXACT_COUNT_LIMIT}. */
  static final double FACET_SAMPLE = 0.1;
  /** The same sample for the same query, so facets do not change from one page to the next. */
  static final int SAMPLE_SEED = 1;
  /** The aggregation that holds the facets when they are counted on a sample. */
  static final String SAMPLE = "sample";

  /** The date facet: hits of the last week, month, year (overlapping) and older. */
  static final String DATE_FACET = "date";

  /** The fields whose matches make the snippet, the most telling first. */
  static final List<String> SNIPPET_FIELDS = List.of("body", "title", "tags", "job_title");

  private final SearchQuery query;
  private final List<String> aliases;
  private final Query text;
  private final Query highlighted;
  private final List<Query> filters;
  private final long origin;

  /** For one query as {@code reader} may see it, freshness measured from {@code origin}. */
  public QueryComposer(SearchQuery query, List<IndexDefinition> definitions, List<String> texts, Audience reader, long origin) {
    this(query, definitions, texts, reader, origin, Set.of());
  }

  /** The same, forgiving typos in the {@code misspelt} words ({@link TextMatch#withTypos}), if any. */
  public QueryComposer(
      SearchQuery query, List<IndexDefinition> definitions, List<String> texts, Audience reader, long origin,
      Set<String> misspelt) {
    this.query = query;
    this.aliases = definitions.stream().map(IndexDefinition::alias).toList();
    this.text = misspelt.isEmpty() ? TextMatch.query(texts) : TextMatch.withTypos(texts, misspelt);
    this.highlighted = TextMatch.highlighted(texts, SNIPPET_FIELDS);
    this.filters = filters(query, reader);
    this.origin = origin;
  }

  /**
   * The first round: the page (by score alone unless it continues after a cursor) and the counts;
   * or, for a first page looked for {@code recentFirst} (a query known to match very many), the
   * recent page, the older documents by text (see {@link RecentFirst}) and the sampled counts.
   */
  public List<RequestItem> firstRound(boolean recentFirst) {
    return recentFirst && pageByScoreAlone()
        ? List.of(recentPage(), olderByText(), sampledCounts())
        : List.of(page(!pageByScoreAlone()), counts());
  }

  /** Whether the page of the first round is in score order alone (its hits carry no sort values). */
  public boolean pageByScoreAlone() {
    return query.after() == null;
  }

  /**
   * How many hits a page asks for: sorted by score and key one more than the page (whether there
   * is a next page); by score alone twice the page and one more, so that a run of equal scores
   * across the end of the page usually ends among them and can be put in key order here.
   */
  public int requested(boolean byScoreAndKey) {
    return byScoreAndKey ? query.limit() + 1 : 2 * query.limit() + 1;
  }

  /** The hits of one page, highlighted (see {@link #requested}). */
  public RequestItem page(boolean byScoreAndKey) {
    return page(byScoreAndKey, List.of(), requested(byScoreAndKey));
  }

  /** The first page as far as documents of the last {@link #RECENT_WINDOW} make it, by score alone. */
  public RequestItem recentPage() {
    return page(false, List.of(recent()), requested(false));
  }

  /**
   * The older documents (and those without a date) ranked by their text score alone, without
   * freshness, which lets Elasticsearch skip documents that cannot reach the top: only their keys.
   */
  public RequestItem olderByText() {
    return RequestItem.of(r -> r.header(h -> h.index(aliases)).body(b -> b
        .query(q -> q.bool(x -> x.must(text).filter(filters).mustNot(recent())))
        .size(requested(false))
        .trackTotalHits(t -> t.enabled(false))
        .source(src -> src.filter(f -> f.includes("key")))));
  }

  /** The documents with these keys, scored and highlighted as on the page. */
  public RequestItem scored(Collection<String> keys) {
    Query chosen = Query.of(q -> q.terms(t -> t.field("key").terms(v -> v.value(keys.stream().map(FieldValue::of).toList()))));
    return page(false, List.of(chosen), keys.size());
  }

  /** The most freshness bonus a document older than {@link #RECENT_WINDOW} (or undated) can have. */
  public double mostFreshnessOfOlder() {
    return freshness(RECENT_WINDOW);
  }

  /** The freshness bonus of a document this old, as {@code distance_feature} computes it. */
  static double freshness(Duration age) {
    double pivot = FRESHNESS_PIVOT.toMillis();
    return FRESHNESS_BONUS * pivot / (pivot + age.toMillis());
  }

  private Query recent() {
    return Query.of(q -> q.range(r -> r.date(d -> d
        .field("date")
        .gte(String.valueOf(origin - RECENT_WINDOW.toMillis()))
        .format("epoch_millis"))));
  }

  private RequestItem page(boolean byScoreAndKey, List<Query> narrowing, int size) {
    // distance_feature rather than a gauss decay in function_score: the same half-way point, and
    // Elasticsearch can skip documents it cannot rank high enough.
    Query freshness =
        Query.of(q -> q.distanceFeature(d -> d.date(x -> x
            .field("date")
            .origin(String.valueOf(origin))
            .pivot(Time.of(t -> t.time(FRESHNESS_PIVOT.toDays() + "d")))
            .boost((float) FRESHNESS_BONUS))));
    List<NamedValue<HighlightField>> highlights =
        SNIPPET_FIELDS.stream().map(f -> NamedValue.of(f, HighlightField.of(h -> h))).toList();
    List<Query> pageFilters = new ArrayList<>(filters);
    pageFilters.addAll(narrowing);
    SearchRequestBody body = SearchRequestBody.of(s -> {
      s.query(q -> q.bool(b -> b.must(text).should(freshness).filter(pageFilters)))
          .size(size)
          .trackTotalHits(t -> t.enabled(false))
          .source(src -> src.filter(f -> f.excludes("suggest")))
          .highlight(h -> h
              .highlightQuery(highlighted)
              .fields(highlights)
              .encoder(HighlighterEncoder.Html)
              .preTags("<mark>")
              .postTags("</mark>")
              .fragmentSize(160)
              .numberOfFragments(1));
      if (byScoreAndKey) {
        s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc))).sort(o -> o.field(f -> f.field("key").order(SortOrder.Asc)));
      }
      if (byScoreAndKey && query.after() != null) {
        s.searchAfter(FieldValue.of(query.after().score()), FieldValue.of(query.after().key()));
      }
      return s;
    });
    return RequestItem.of(r -> r.header(h -> h.index(aliases)).body(body));
  }

  /** Every match counted (up to {@link #EXACT_COUNT_LIMIT} per index), none scored: total and facets. */
  public RequestItem counts() {
    return RequestItem.of(r -> r.header(h -> h.index(aliases)).body(b -> b
        .query(q -> q.bool(x -> x.filter(matches())))
        .size(0)
        .trackTotalHits(t -> t.enabled(true))
        .terminateAfter((long) EXACT_COUNT_LIMIT)
        .aggregations(facets(origin))));
  }

  /** The exact total, and the facets counted on a random sample (scaled back to all matches). */
  public RequestItem sampledCounts() {
    Aggregation sample = Aggregation.of(a -> a
        ._custom("random_sampler", Map.of("probability", FACET_SAMPLE, "seed", SAMPLE_SEED))
        .aggregations(facets(origin)));
    return RequestItem.of(r -> r.header(h -> h.index(aliases)).body(b -> b
        .query(q -> q.bool(x -> x.filter(matches())))
        .size(0)
        .trackTotalHits(t -> t.enabled(true))
        .aggregations(SAMPLE, sample)));
  }

  private List<Query> matches() {
    List<Query> all = new ArrayList<>(filters);
    all.add(0, text);
    return all;
  }

  /**
   * The facets. The date ranges start at midnight (UTC) 7, 30 and 365 days before {@code origin},
   * as {@code now-7d/d} would, but written as instants: a request that says {@code now} is never
   * kept in Elasticsearch's request cache, and counts asked again (the next page, the same query by
   * someone with the same audience) would be counted again.
   */
  static Map<String, Aggregation> facets(long origin) {
    Map<String, Aggregation> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      facets.put(facet.label, Aggregation.of(a -> a.terms(t -> t.field(facet.field).size(facet.size))));
    }
    String week = midnightDaysBefore(origin, 7);
    String month = midnightDaysBefore(origin, 30);
    String year = midnightDaysBefore(origin, 365);
    facets.put(DATE_FACET, Aggregation.of(a -> a.dateRange(r -> r
        .field("date")
        .format("epoch_millis")
        .ranges(x -> x.key("week").from(f -> f.expr(week)))
        .ranges(x -> x.key("month").from(f -> f.expr(month)))
        .ranges(x -> x.key("year").from(f -> f.expr(year)))
        .ranges(x -> x.key("older").to(f -> f.expr(year))))));
    return facets;
  }

  /** Midnight (UTC) of the day {@code days} before {@code origin}, in epoch milliseconds. */
  static String midnightDaysBefore(long origin, int days) {
    return String.valueOf(Instant.ofEpochMilli(origin).minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS).toEpochMilli());
  }

  /** The reader's audience, the requested types and the facet values chosen. */
  static List<Query> filters(SearchQuery query, Audience reader) {
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
    return filters;
  }

  /**
   * What the reader may see, inside the query so hidden documents count nowhere, not in hits, totals
   * or facets: public documents, documents of the communities whose content they read, and their own.
   */
  public static Query audience(Audience reader) {
    // FieldValue.of(long), not of(Object): a boxed id would be written through JSON-B, one parser
    // per id; that was 40 % of the type-ahead's CPU in Agora for a reader of 330 communities.
    List<FieldValue> communities = reader.communityIds().stream().sorted().map(id -> FieldValue.of(id.longValue())).toList();
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
