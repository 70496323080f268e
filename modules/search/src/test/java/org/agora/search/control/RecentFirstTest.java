package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentFirstTest {

  /** The page holds three hits; older documents gain at most 0.5 from freshness. */
  static final int REQUESTED = 3;
  static final double OLDER_FRESHNESS = 0.5;

  /** Hits as "key=score" pairs. */
  static List<Hit<JsonData>> hits(String... keyScores) {
    StringBuilder json = new StringBuilder();
    for (String keyScore : keyScores) {
      String[] parts = keyScore.split("=");
      json.append(json.length() == 0 ? "" : ",").append("""
          {"_index":"agora-activities-v1","_id":"%s","_score":%s,"_source":{"key":"%s"}}"""
          .formatted(parts[0], parts[1], parts[0]));
    }
    return ResultReaderTest.response("""
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"max_score":null,"hits":[%s]}}""".formatted(json)).hits().hits();
  }

  static List<String> keys(List<Hit<JsonData>> hits) {
    List<String> keys = new ArrayList<>();
    hits.forEach(h -> keys.add(RecentFirst.key(h) + "=" + RecentFirst.score(h)));
    return keys;
  }

  @Test
  void recentHitsSettleThePageWhenNoOlderDocumentCanReachItsLastPlace() {
    RecentFirst tiers = new RecentFirst(hits("post:9=3.0", "post:8=2.9", "post:7=2.8"), hits("post:1=2.0", "post:2=2.0", "post:3=1.0"), REQUESTED, OLDER_FRESHNESS);
    assertThat(tiers.olderContenders()).as("2.0 + 0.5 stays below 2.8").isEmpty();
    assertThat(tiers.page(List.of())).hasValueSatisfying(page -> assertThat(keys(page)).containsExactly("post:9=3.0", "post:8=2.9", "post:7=2.8"));
  }

  @Test
  void olderDocumentsThatMayReachThePageAreScoredInFullAndTakeTheirPlace() {
    RecentFirst tiers = new RecentFirst(hits("post:9=3.0", "post:8=2.9", "post:7=2.8"), hits("post:1=9.0", "post:2=1.0", "post:3=1.0"), REQUESTED, OLDER_FRESHNESS);
    assertThat(tiers.olderContenders()).containsExactly("post:1");
    assertThat(tiers.page(hits("post:1=9.2"))).hasValueSatisfying(page -> assertThat(keys(page)).containsExactly("post:1=9.2", "post:9=3.0", "post:8=2.9"));
  }

  @Test
  void whenAnOlderDocumentBeyondTheTextRankingMightBelongOnThePageEveryMatchMustBeScored() {
    RecentFirst tiers = new RecentFirst(hits("post:9=3.0", "post:8=2.9", "post:7=2.8"), hits("post:1=9.0", "post:2=8.0", "post:3=2.6"), REQUESTED, OLDER_FRESHNESS);
    assertThat(tiers.olderContenders()).containsExactly("post:1", "post:2", "post:3");
    assertThat(tiers.page(hits("post:1=9.1", "post:2=8.1", "post:3=2.7")))
        .as("a fourth older document with text 2.6 could score 3.1, above the page's last 3.0").isEmpty();
  }

  @Test
  void equalityWithTheLastPlaceIsNotEnoughToSettleThePage() {
    RecentFirst tiers = new RecentFirst(hits("post:9=3.0", "post:8=2.9", "post:7=2.5"), hits("post:1=2.0", "post:2=2.0", "post:3=2.0"), REQUESTED, OLDER_FRESHNESS);
    assertThat(tiers.page(hits("post:1=2.5", "post:2=2.5", "post:3=2.5"))).as("a tie with an unseen key may sort first").isEmpty();
  }

  @Test
  void withFewMatchesEveryOlderOneIsScoredAndThePageIsComplete() {
    RecentFirst tiers = new RecentFirst(hits("post:9=3.0"), hits("post:1=0.1", "post:2=5.0"), REQUESTED, OLDER_FRESHNESS);
    assertThat(tiers.olderContenders()).as("the recent hits do not fill the page").containsExactlyInAnyOrder("post:1", "post:2");
    assertThat(tiers.page(hits("post:2=5.3", "post:1=0.4")))
        .hasValueSatisfying(page -> assertThat(keys(page)).containsExactly("post:2=5.3", "post:9=3.0", "post:1=0.4"));
  }

  @Test
  void equalScoresAreInKeyOrder() {
    RecentFirst tiers = new RecentFirst(hits("post:9=3.0", "post:5=2.0"), List.of(), REQUESTED, OLDER_FRESHNESS);
    assertThat(tiers.page(List.of())).hasValueSatisfying(page -> assertThat(keys(page)).containsExactly("post:9=3.0", "post:5=2.0"));
    RecentFirst tied = new RecentFirst(hits("post:9=2.0", "post:5=2.0"), hits("post:7=1.6"), REQUESTED, OLDER_FRESHNESS);
    assertThat(tied.page(hits("post:7=2.0"))).hasValueSatisfying(page -> assertThat(keys(page)).containsExactly("post:5=2.0", "post:7=2.0", "post:9=2.0"));
  }

  @Test
  void theFreshnessOfTheOldestRecentDocumentIsWhatDistanceFeatureGivesIt() {
    assertThat(QueryComposer.freshness(java.time.Duration.ZERO)).isEqualTo(1.0);
    assertThat(QueryComposer.freshness(QueryComposer.FRESHNESS_PIVOT)).isEqualTo(0.5);
    assertThat(QueryComposer.freshness(QueryComposer.RECENT_WINDOW)).isEqualTo(90.0 / 90.25);
  }
}
