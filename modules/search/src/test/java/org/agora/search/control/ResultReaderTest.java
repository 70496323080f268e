package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.agora.search.entity.FacetValue;
import org.agora.search.entity.SearchItem;
import org.agora.search.entity.SearchResults;
import org.junit.jupiter.api.Test;

class ResultReaderTest {

  static final JsonbJsonpMapper MAPPER = new JsonbJsonpMapper();

  static SearchResponse<JsonData> response(String json) {
    return SearchResponse.createSearchResponseDeserializer(JsonData._DESERIALIZER)
        .deserialize(MAPPER.jsonProvider().createParser(new StringReader(json)), MAPPER);
  }

  /** A page asked for by score alone: hits with a score and no sort values. */
  static List<Hit<JsonData>> page(double... scores) {
    return hits(scores).hits().hits();
  }

  static SearchResponse<JsonData> hits(double... scores) {
    StringBuilder hits = new StringBuilder();
    for (int i = 0; i < scores.length; i++) {
      // Keys descend while scores tie, so ordering by key visibly differs from Elasticsearch's order.
      String key = "person:" + (scores.length - i);
      hits.append(i == 0 ? "" : ",").append("""
          {"_index":"agora-people-v1","_id":"%d","_score":%s,"_source":{"type":"person","id":%d,"key":"%s","title":"P%d"}}"""
          .formatted(i, scores[i], scores.length - i, key, i));
    }
    return response("""
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"max_score":null,"hits":[%s]}}""".formatted(hits));
  }

  static SearchResponse<JsonData> noCounts() {
    return response("""
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"total":{"value":42,"relation":"eq"},"max_score":null,"hits":[]}}""");
  }

  static Optional<IndexDefinition> people(String type) {
    return Optional.of(new PeopleIndex());
  }

  @Test
  void aPageByScoreAloneIsAskedAgainOnlyWhenEqualScoresRunPastTheHitsReturned() {
    assertThat(ResultReader.tieRunsPastTheHits(page(3.0, 2.0, 2.0, 1.0, 1.0), 2, 5)).as("the run ends among the hits").isFalse();
    assertThat(ResultReader.tieRunsPastTheHits(page(3.0, 2.0, 2.0, 2.0, 2.0), 2, 5)).isTrue();
    assertThat(ResultReader.tieRunsPastTheHits(page(3.0, 2.0, 2.0, 2.0), 2, 5)).as("every match returned").isFalse();
    assertThat(ResultReader.tieRunsPastTheHits(page(2.0, 2.0), 2, 5)).as("no next page").isFalse();
  }

  @Test
  void equalScoresAreOrderedByKeyAndTheCursorIsTheLastOfThePage() {
    SearchResults results = ResultReader.read(page(2.0, 2.0, 2.0, 1.0), noCounts(), false, true, 3, 77L, ResultReaderTest::people);
    assertThat(results.items()).extracting(SearchItem::id).containsExactly(2L, 3L, 4L);
    assertThat(SearchCursor.decode(results.next())).isEqualTo(new SearchCursor(77L, 2.0, "person:4"));
    assertThat(results.total()).isEqualTo(42);
    assertThat(results.facetsEstimated()).isFalse();
  }

  @Test
  void aFirstPageWithEveryMatchCountsItsOwnHitsAsTheTotal() {
    // The counts said 42: they ran on the other side of a refresh.
    assertThat(ResultReader.read(page(2.0), noCounts(), false, true, 3, 1L, ResultReaderTest::people).total()).isEqualTo(1);
    assertThat(ResultReader.read(page(), noCounts(), false, true, 3, 1L, ResultReaderTest::people).total()).isZero();
    assertThat(ResultReader.read(page(2.0), noCounts(), false, false, 3, 1L, ResultReaderTest::people).total())
        .as("a later page does not hold the earlier ones").isEqualTo(42);
  }

  @Test
  void facetsCountedOnASampleAreReadFromElasticsearchsAnswer() throws Exception {
    String json;
    try (InputStream in = getClass().getResourceAsStream("/elasticsearch/sampled-counts.json")) {
      json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    SearchResults results = ResultReader.read(page(), response(json), true, false, 10, 1L, ResultReaderTest::people);
    assertThat(results.total()).isEqualTo(640_762);
    assertThat(results.facetsEstimated()).isTrue();
    assertThat(results.facets().get("type")).extracting(FacetValue::value).containsExactly("post", "comment", "bookmark", "community");
    assertThat(results.facets().get("community")).containsExactly(new FacetValue("Community 1", 32_930), new FacetValue("Community 2", 13_780));
    assertThat(results.facets().get("department")).hasSize(2);
    assertThat(results.facets().get("date")).extracting(FacetValue::value).containsExactlyInAnyOrder("week", "month", "year", "older");
    assertThat(results.facets().keySet()).containsExactly("type", "department", "community", "tags", "date");
    assertThat(results.facets().values()).allSatisfy(values -> assertThat(values).isNotEmpty());
  }
}
