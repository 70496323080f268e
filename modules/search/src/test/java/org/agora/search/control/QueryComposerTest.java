package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryComposerTest {

  static final Audience READER = new Audience(7, Set.of(3L, 5L));
  static final Map<String, String> ALIASES = Map.of("k8s", "kubernetes", "postgres", "postgresql");

  static String canonical(String word) {
    String lower = word.strip().toLowerCase();
    return ALIASES.getOrDefault(lower, lower);
  }

  static QueryComposer composer(SearchQuery query) {
    return new QueryComposer(
        query, List.of(new PeopleIndex()), QueryComposer.alternatives(query.text(), QueryComposerTest::canonical), READER, 1000L);
  }

  static List<RequestItem> searches(SearchQuery query) {
    return composer(query).firstRound(false);
  }

  /** The page's search. */
  static String json(SearchQuery query) {
    return json(searches(query).get(0));
  }

  /** The search for the facets and the total. */
  static String countsJson(SearchQuery query) {
    List<RequestItem> searches = searches(query);
    return json(searches.get(searches.size() - 1));
  }

  static String json(RequestItem search) {
    return JsonpUtils.toJsonString(search.body(), new JsonbJsonpMapper());
  }

  static SearchQuery query(String text) {
    return SearchQuery.of(text, null, null, null, null, null, null, 10, null, List.of("person"));
  }

  @Test
  void skillAliasesAreSearchedUnderTheirCanonicalNameToo() {
    assertThat(QueryComposer.alternatives("k8s", QueryComposerTest::canonical)).containsExactly("k8s", "kubernetes");
    assertThat(QueryComposer.alternatives("K8s Berlin", QueryComposerTest::canonical)).containsExactly("K8s Berlin", "kubernetes berlin");
    assertThat(QueryComposer.alternatives("Anna", QueryComposerTest::canonical)).containsExactly("Anna");
  }

  @Test
  void luceneSyntaxIsNeverParsed() {
    String json = json(query("foo AND (bar \\ * \"x"));
    assertThat(json).doesNotContain("query_string").doesNotContain("simple_query_string").contains("\"multi_match\"");
    assertThat(json).contains("foo AND (bar \\\\ * \\\"x");
  }

  @Test
  void searchesTheTypesFieldsWithBoostsAndFetchesMoreThanAPage() {
    String json = json(query("java"));
    assertThat(json).contains("\"title^3\"", "\"tags^2\"", "\"body\"", "\"department\"");
    assertThat(json).as("by score alone: twice the page and one more").contains("\"size\":21");
    assertThat(json(composer(query("java")).page(true))).contains("\"size\":11");
    assertThat(json).doesNotContain("search_after");
    assertThat(json).contains("\"distance_feature\":{\"boost\":1.0,\"origin\":\"1000\",\"pivot\":\"90d\",\"field\":\"date\"}");
    assertThat(searches(query("java"))).allSatisfy(search -> assertThat(search.header().index()).containsExactly("agora-people"));
  }

  @Test
  void theFirstPageIsByScoreAloneAndCountsNothingSoElasticsearchMaySkipDocuments() {
    String page = json(query("java"));
    assertThat(page).contains("\"track_total_hits\":false").doesNotContain("aggregations", "\"sort\"");
    assertThat(composer(query("java")).pageByScoreAlone()).isTrue();
    assertThat(json(composer(query("java")).page(true)))
        .contains("\"sort\":[{\"_score\":{\"order\":\"desc\"}},{\"key\":{\"order\":\"asc\"}}]").doesNotContain("search_after");
  }

  @Test
  void theCountsScoreNothingAndStopAfterTenThousandMatchesPerIndex() {
    String counts = countsJson(query("java"));
    assertThat(counts).contains("\"size\":0", "\"track_total_hits\":true", "\"terminate_after\":10000", "\"aggregations\"")
        .doesNotContain("distance_feature", "\"must\"", "highlight", "\"sort\"", "random_sampler");
    assertThat(counts).contains("\"multi_match\"", "{\"term\":{\"public\":{\"value\":true}}}");
  }

  @Test
  void theCountsNameTheirDateRangesAsInstantsSoElasticsearchMayCacheThem() {
    long origin = java.time.Instant.parse("2026-12-05T13:45:00Z").toEpochMilli();
    QueryComposer composer = new QueryComposer(query("java"), List.of(new PeopleIndex()), List.of("java"), READER, origin);
    for (RequestItem counts : List.of(composer.counts(), composer.sampledCounts())) {
      assertThat(json(counts)).doesNotContain("now")
          .contains("\"from\":\"" + java.time.Instant.parse("2026-11-28T00:00:00Z").toEpochMilli() + "\"")
          .contains("\"from\":\"" + java.time.Instant.parse("2025-12-05T00:00:00Z").toEpochMilli() + "\"")
          .contains("\"to\":\"" + java.time.Instant.parse("2025-12-05T00:00:00Z").toEpochMilli() + "\"");
    }
  }

  @Test
  void beyondThatFacetsAreCountedOnASampleAndTheTotalStaysExact() {
    String sampled = json(composer(query("java")).sampledCounts());
    assertThat(sampled).contains("\"random_sampler\":{", "\"probability\":0.1", "\"seed\":1", "\"track_total_hits\":true",
        "\"tags\":{\"terms\":{\"field\":\"tags.keyword\",\"size\":20}}", "{\"term\":{\"public\":{\"value\":true}}}");
    assertThat(sampled).doesNotContain("terminate_after", "distance_feature");
  }

  @Test
  void restrictsToTheTypeFiltersDepartmentAndDatesAndHasFacetsAndHighlights() {
    SearchQuery query = SearchQuery.of("java", "person", "Engineering", "42", "k8s", "2026-01-01", "2026-01-31", 5, null, List.of("person"));
    String json = json(query);
    String counts = countsJson(query);
    assertThat(json).contains("{\"terms\":{\"type\":[\"person\"]}}");
    assertThat(counts).contains("{\"terms\":{\"type\":[\"person\"]}}", "{\"term\":{\"community_id\":{\"value\":42}}}", "\"range\":{\"date\"");
    assertThat(json).contains("{\"term\":{\"community_id\":{\"value\":42}}}");
    assertThat(json).contains("\"tags.keyword\":{\"value\":\"k8s\",\"case_insensitive\":true}");
    assertThat(json).contains("\"department.keyword\":{\"value\":\"Engineering\",\"case_insensitive\":true}");
    assertThat(json).contains("\"range\":{\"date\"");
    assertThat(counts).contains("\"tags\":{\"terms\":{\"field\":\"tags.keyword\",\"size\":20}}");
    assertThat(counts).contains("\"department\":{\"terms\":{\"field\":\"department.keyword\"");
    assertThat(json).contains("\"encoder\":\"html\"").contains("\"pre_tags\":[\"<mark>\"]");
  }

  @Test
  void snippetsMarkTheWordsOfEveryAlternativeInTheSnippetFieldsWithoutCrossFieldScoring() {
    QueryComposer composer = new QueryComposer(query("k8s"), List.of(new PeopleIndex()), List.of("k8s", "kubernetes"), READER, 0);
    String highlight =
        Json.createReader(new StringReader(json(composer.page(false)))).readObject().getJsonObject("highlight").toString();
    assertThat(highlight).contains("\"highlight_query\"", "\"query\":\"k8s\"", "\"query\":\"kubernetes\"",
        "\"fields\":[\"body\",\"title\",\"tags\",\"job_title\"]", "\"query\":\"k8s\",\"type\":\"most_fields\"");
    assertThat(highlight).doesNotContain("cross_fields", "fuzziness");
  }

  @Test
  void theReaderSeesPublicDocumentsTheirCommunitiesAndTheirOwn() {
    String json = json(query("java"));
    assertThat(json).contains("{\"term\":{\"public\":{\"value\":true}}}");
    assertThat(json).contains("{\"terms\":{\"community_id\":[3,5]}}");
    assertThat(json).contains("{\"term\":{\"owner_id\":{\"value\":7}}}");
  }

  @Test
  void communityIdsAreWrittenAsNumbersNotThroughJsonBinding() {
    List<FieldValue> ids = QueryComposer.audience(new Audience(7, Set.of(5L, 3L))).bool().should().get(1).terms().terms().value();
    assertThat(ids).extracting(FieldValue::_kind).containsOnly(FieldValue.Kind.Long);
    assertThat(ids).extracting(FieldValue::longValue).containsExactly(3L, 5L);
  }

  @Test
  void theNextPageStartsAfterTheCursorAndScoresFreshnessFromTheFirstPagesInstant() {
    String cursor = new SearchCursor(123456789L, 4.5, "person:9").encode();
    SearchQuery query = SearchQuery.of("java", null, null, null, null, null, null, 10, cursor, List.of("person"));
    QueryComposer composer = new QueryComposer(query, List.of(new PeopleIndex()), List.of("java"), READER, query.after().origin());
    assertThat(composer.pageByScoreAlone()).isFalse();
    String json = json(composer.firstRound(true).get(0));
    assertThat(json).contains("\"search_after\":[4.5,\"person:9\"]").contains("\"origin\":\"123456789\"");
    assertThat(json).contains("\"sort\":[{\"_score\":{\"order\":\"desc\"}},{\"key\":{\"order\":\"asc\"}}]");
  }

  @Test
  void aFirstPageLookedForRecentFirstSearchesTheLastHoursWhileOlderDocumentsAreRankedByTextAlone() {
    List<RequestItem> first = composer(query("java")).firstRound(true);
    assertThat(first).hasSize(3);
    assertThat(searches(query("java"))).as("scoring every match: page and counts").hasSize(2);
    assertThat(json(first.get(2))).as("a query known to match very many: counted on a sample at once").contains("\"random_sampler\"");
    long dayBefore = 1000L - 6 * 3_600_000L;
    assertThat(json(first.get(0))).contains("\"distance_feature\"", "\"highlight\"",
        "{\"range\":{\"date\":{\"gte\":\"" + dayBefore + "\",\"format\":\"epoch_millis\"}}}");
    String older = json(first.get(1));
    assertThat(older).contains("\"must_not\":[{\"range\":{\"date\":{\"gte\":\"" + dayBefore + "\"", "\"includes\":[\"key\"]",
        "\"multi_match\"", "{\"term\":{\"public\":{\"value\":true}}}", "\"size\":21", "\"track_total_hits\":false");
    assertThat(older).doesNotContain("distance_feature", "highlight", "\"sort\"");
    assertThat(json(composer(query("java")).scored(List.of("post:1", "post:2"))))
        .contains("{\"terms\":{\"key\":[\"post:1\",\"post:2\"]}}", "\"distance_feature\"", "\"highlight\"", "\"size\":2");
  }
}
