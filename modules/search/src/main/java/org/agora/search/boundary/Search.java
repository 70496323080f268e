package org.agora.search.boundary;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ServiceUnavailableException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.people.boundary.SkillVocabulary;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.search.control.Audience;
import org.agora.search.control.IndexDefinition;
import org.agora.search.control.IndexDefinitions;
import org.agora.search.control.PagePlans;
import org.agora.search.control.PeopleIndex;
import org.agora.search.control.QueryComposer;
import org.agora.search.control.RecentFirst;
import org.agora.search.control.ResultReader;
import org.agora.search.control.SearchQuery;
import org.agora.search.control.SearchUnavailable;
import org.agora.search.control.TextMatch;
import org.agora.search.entity.SearchResults;
import org.agora.search.entity.Suggestion;
import org.agora.search.entity.Suggestions;

/**
 * Unified search and type-ahead over every index, as one reader may see it. When Elasticsearch is
 * away this answers 503 with Retry-After; nothing else in Agora depends on it.
 */
@ApplicationScoped
public class Search {

  private static final Logger LOG = Logger.getLogger(Search.class.getName());
  static final long RETRY_AFTER_SECONDS = 10;
  static final int SUGGESTIONS = 8;
  static final int TAG_SUGGESTIONS = 5;
  /**
   * Documents per index whose tags are counted to rank tag suggestions. A short prefix ("t") matches
   * most tagged documents; counting them all took 40 to 390 ms on the benchmark organisation, the
   * first 10,000 per index 9 to 26 ms. Which five tags are the most used, and in what order, is then
   * an estimate from those documents; every tag suggested is still on a document the reader may see.
   */
  static final long TAG_COUNT_LIMIT = 10_000;

  @Inject ElasticsearchClient client;
  @Inject IndexDefinitions definitions;
  @Inject SkillVocabulary vocabulary;
  @Inject CommunityAccess access;
  @Inject Clock clock;
  @Inject PagePlans plans;

  public List<String> types() {
    return definitions.types();
  }

  /** The reader's audience: whose documents they may see. */
  public Audience audience(AgoraPrincipal reader) {
    return new Audience(reader.id(), access.readableCommunityIds(reader));
  }

  /**
   * One round trip for the page and the counts; a second when the query matched so much that
   * facets are counted on a sample, or when older documents may beat the recent ones on a first
   * page looked for recent first (such a query's facets are counted on a sample in the first
   * round); more only when such a page needs every match scored after all or a first page ends in
   * a run of equal scores (see {@link QueryComposer}, {@link RecentFirst}, {@link PagePlans}).
   */
  public SearchResults search(AgoraPrincipal reader, SearchQuery query) {
    Audience audience = audience(reader);
    SearchResults asWritten = search(audience, query, Set.of());
    // Nothing found as written: a word may be misspelt. Every page of such a search finds nothing
    // as written first, so its cursor needs no memory of the forgiving mode. Forgiving whenever
    // less than a page was found cost the benchmark's "benchmark post 118652" (one hit) 7 s instead
    // of 0.7 s under load: a fuzzy common word cannot skip documents.
    if (asWritten.total() == 0) {
      Set<String> misspelt = misspelt(audience, query.text());
      if (!misspelt.isEmpty()) {
        return search(audience, query, misspelt);
      }
    }
    return asWritten;
  }

  /**
   * The words of the text that may be misspelt: those worth forgiving ({@link TextMatch#forgivableWords})
   * that no document the reader may see holds in any form. A word found somewhere is spelt right,
   * and asking it forgivingly would only cost: "benchmark post 118652", where the post is in a
   * community the reader cannot see, would expand "benchmark" to every similar word of the index.
   * Counted over what the reader may see, so a word only hidden documents hold is treated as any
   * unknown word, and the answer tells nothing about them. One round trip, one count per word,
   * each stopping at the first match.
   */
  private Set<String> misspelt(Audience audience, String text) {
    List<String> words = TextMatch.forgivableWords(text);
    if (words.isEmpty()) {
      return Set.of();
    }
    List<String> aliases = definitions.all().stream().map(IndexDefinition::alias).toList();
    Query visible = QueryComposer.audience(audience);
    List<RequestItem> checks = words.stream()
        .map(word -> RequestItem.of(r -> r.header(h -> h.index(aliases)).body(b -> b
            .size(0)
            .terminateAfter(1L)
            .trackTotalHits(t -> t.enabled(true))
            .query(q -> q.bool(x -> x.filter(TextMatch.query(List.of(word))).filter(visible))))))
        .toList();
    List<MultiSearchItem<JsonData>> found = msearch(checks);
    Set<String> misspelt = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      if (found.get(i).hits().total() == null || found.get(i).hits().total().value() == 0) {
        misspelt.add(words.get(i));
      }
    }
    return misspelt;
  }

  private SearchResults search(Audience audience, SearchQuery query, Set<String> misspelt) {
    long origin = query.after() == null ? clock.millis() : query.after().origin();
    List<IndexDefinition> searched =
        definitions.all().stream().filter(d -> d.types().stream().anyMatch(query.types()::contains)).toList();
    QueryComposer composer = new QueryComposer(
        query, searched, QueryComposer.alternatives(query.text(), vocabulary::canonical), audience, origin, misspelt);
    boolean recentFirstPlan = composer.pageByScoreAlone() && plans.recentFirst(query);
    List<MultiSearchItem<JsonData>> first = msearch(composer.firstRound(recentFirstPlan));
    MultiSearchItem<JsonData> counts = first.get(first.size() - 1);
    // A query looked for recent first matched very many before, so its first round counted on a
    // sample already; should it match few now, the counts are asked exactly.
    boolean fewAfterAll = recentFirstPlan && counts.hits().total() != null
        && counts.hits().total().value() <= QueryComposer.EXACT_COUNT_LIMIT;
    boolean sampleNow = !recentFirstPlan && Boolean.TRUE.equals(counts.terminatedEarly());
    boolean sampled = recentFirstPlan ? !fewAfterAll : sampleNow;
    RecentFirst recentFirst = recentFirstPlan
        ? new RecentFirst(hits(first.get(0)), hits(first.get(1)), composer.requested(false), composer.mostFreshnessOfOlder())
        : null;
    Set<String> contenders = recentFirst == null ? Set.of() : recentFirst.olderContenders();
    List<RequestItem> second = new ArrayList<>();
    if (!contenders.isEmpty()) {
      second.add(composer.scored(contenders));
    }
    if (sampleNow) {
      second.add(composer.sampledCounts());
    } else if (fewAfterAll) {
      second.add(composer.counts());
    }
    List<MultiSearchItem<JsonData>> answers = second.isEmpty() ? List.of() : msearch(second);
    counts = sampleNow || fewAfterAll ? answers.get(answers.size() - 1) : counts;
    List<Hit<JsonData>> page;
    if (recentFirst != null) {
      page = recentFirst.page(contenders.isEmpty() ? List.of() : hits(answers.get(0))).orElseGet(() -> {
        plans.recentFirstDidNotSettle(query);
        return hits(msearch(List.of(composer.page(false))).get(0));
      });
    } else {
      page = hits(first.get(0));
      if (composer.pageByScoreAlone() && sampled) {
        plans.scoredEveryMatch(query, first.get(0).took());
      }
    }
    if (composer.pageByScoreAlone() && ResultReader.tieRunsPastTheHits(page, query.limit(), composer.requested(false))) {
      page = hits(msearch(List.of(composer.page(true))).get(0));
    }
    return ResultReader.read(page, counts, sampled, query.after() == null, query.limit(), origin, definitions::ofType);
  }

  private static List<Hit<JsonData>> hits(MultiSearchItem<JsonData> answer) {
    return answer.hits().hits();
  }

  /** The answers of one multi-search, in the order asked; any failed one fails the request. */
  private List<MultiSearchItem<JsonData>> msearch(List<RequestItem> searches) {
    return available(() -> client.msearch(m -> m.searches(searches), JsonData.class)).responses().stream()
        .map(Search::result)
        .toList();
  }

  /** Searches with the filters as the API and the UI receive them (strings, validated here). */
  public SearchResults search(AgoraPrincipal reader, String q, String type, String department, String community,
      String tag, String from, String to, Integer limit, String cursor) {
    return search(reader, SearchQuery.of(q, type, department, community, tag, from, to, limit, cursor, types()));
  }

  /**
   * People for the directory's "name, skill, title or department" box, best first: each word may
   * be the start of a word ("kuber" finds Kubernetes, "Eng" Engineering) or carry a typo
   * ("Kubernets"). Answers person ids; the directory shows them with its own filters.
   */
  public List<Long> people(AgoraPrincipal reader, String typed, int limit) {
    String text = SearchQuery.text(typed);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> fields = List.of("title^3", "username^2", "tags^2", "job_title", "department");
    Query matching = Query.of(q -> q.bool(b -> b
        .should(s -> s.multiMatch(m -> m.query(text).fields(fields).type(TextQueryType.BoolPrefix).operator(Operator.And)))
        .should(s -> s.multiMatch(m -> m.query(text).fields(fields).fuzziness("AUTO").prefixLength(1).operator(Operator.And)))
        .minimumShouldMatch("1")
        .filter(QueryComposer.audience(audience(reader)))
        .filter(f -> f.term(t -> t.field("type").value(PeopleIndex.TYPE)))));
    RequestItem search = RequestItem.of(r -> r
        .header(h -> h.index(peopleAlias()))
        .body(b -> b.size(limit).query(matching).source(src -> src.fetch(false))));
    return hits(msearch(List.of(search)).get(0)).stream().map(hit -> Long.parseLong(hit.id())).toList();
  }

  /**
   * The tags most used on posts and comments of the last {@code days} days, counted only over what
   * the reader may see (the home page's "trending" list).
   */
  public List<String> trendingTags(AgoraPrincipal reader, int days, int size) {
    String activities = definitions.ofType("post").orElseThrow().alias();
    String since = "now-" + days + "d/d";
    RequestItem search = RequestItem.of(r -> r
        .header(h -> h.index(activities))
        .body(b -> b
            .size(0)
            .query(q -> q.bool(x -> x
                .filter(QueryComposer.audience(audience(reader)))
                .filter(f -> f.range(g -> g.date(d -> d.field("date").gte(since))))))
            .aggregations("tags", a -> a.terms(t -> t.field("tags.keyword").size(size)))));
    return msearch(List.of(search)).get(0).aggregations().get("tags").sterms().buckets().array().stream()
        .map(bucket -> bucket.key().stringValue().toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }

  private String peopleAlias() {
    return definitions.ofType(PeopleIndex.TYPE).orElseThrow().alias();
  }

  /**
   * Completions for what has been typed so far: people and communities (as far as seen) from the
   * completion suggester, and tags. Both questions go to Elasticsearch in one round trip.
   */
  public Suggestions suggest(AgoraPrincipal reader, String typed) {
    String prefix = SearchQuery.text(typed);
    Audience audience = audience(reader);
    List<CompletionContext> contexts = new ArrayList<>();
    contexts.add(CompletionContext.of(c -> c.context(x -> x.category("public"))));
    // Only secret communities have completions of their own context; every readable community as a
    // context made an admin's type-ahead ask for 500 contexts, which took Elasticsearch 0.4 to 1 s.
    access.visibleSecretCommunityIds(reader).stream().sorted()
        .forEach(id -> contexts.add(CompletionContext.of(c -> c.context(x -> x.category(String.valueOf(id))))));
    List<String> aliases = definitions.all().stream().filter(IndexDefinition::suggests).map(IndexDefinition::alias).toList();
    String tag = vocabulary.canonical(prefix);
    List<RequestItem> searches = new ArrayList<>();
    searches.add(RequestItem.of(r -> r
        .header(h -> h.index(aliases))
        .body(b -> b
            .size(0)
            .source(src -> src.filter(f -> f.includes("type", "id", "title")))
            .suggest(su -> su.suggesters("names", n -> n
                .prefix(prefix)
                .completion(c -> c.field("suggest").size(SUGGESTIONS).skipDuplicates(true).contexts("audience", contexts)))))));
    if (!tag.isEmpty()) {
      searches.add(tagSearch(tag, audience));
    }
    List<MultiSearchItem<JsonData>> answers = msearch(searches);
    List<Suggestion> items = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    answers.get(0).suggest().getOrDefault("names", List.of()).forEach(s -> {
      for (CompletionSuggestOption<JsonData> option : s.completion().options()) {
        JsonObject source = option.source().toJson().asJsonObject();
        String type = source.getString("type", "");
        if (seen.add(type + ":" + option.id())) {
          definitions.ofType(type).ifPresent(d -> items.add(d.suggestion(Long.parseLong(option.id()), source, option.text())));
        }
      }
    });
    if (answers.size() > 1) {
      for (StringTermsBucket bucket : answers.get(1).aggregations().get("tags").sterms().buckets().array()) {
        String name = bucket.key().stringValue();
        items.add(new Suggestion("tag", 0, name.toLowerCase(Locale.ROOT), "/api/v1/tags/" + name + "/feed"));
      }
    }
    return new Suggestions(items);
  }

  /**
   * Tags starting with the prefix, most used first, counted only over what the reader may see. Only
   * documents with such a tag are counted (the prefix filter), not every visible document, and at
   * most {@link #TAG_COUNT_LIMIT} of them per index.
   */
  private RequestItem tagSearch(String tag, Audience audience) {
    String escaped = tag.replaceAll("[^\\p{L}\\p{N}]", "\\\\$0");
    return RequestItem.of(r -> r
        .header(h -> h.index(definitions.all().stream().map(IndexDefinition::alias).toList()))
        .body(b -> b
            .size(0)
            .terminateAfter(TAG_COUNT_LIMIT)
            .query(q -> q.bool(x -> x
                .filter(QueryComposer.audience(audience))
                .filter(f -> f.prefix(p -> p.field("tags.keyword").value(tag).caseInsensitive(true)))))
            .aggregations("tags", a -> a.terms(t -> t.field("tags.keyword").size(TAG_SUGGESTIONS).include(i -> i.regexp(escaped + ".*"))))));
  }

  /** One answer of a multi-search; a failed one fails the whole request, as a single search would. */
  private static MultiSearchItem<JsonData> result(MultiSearchResponseItem<JsonData> answer) {
    if (answer.isFailure()) {
      return available(() -> {
        throw new ElasticsearchException("msearch", answer.failure());
      });
    }
    return answer.result();
  }

  static <T> T available(SearchUnavailable.Call<T> call) {
    try {
      return SearchUnavailable.guard("search", call);
    } catch (SearchUnavailable e) {
      LOG.warning(() -> "search unavailable: " + e.getMessage());
      throw new ServiceUnavailableException(
          "Search is unavailable right now; please try again shortly.", RETRY_AFTER_SECONDS);
    }
  }
}
