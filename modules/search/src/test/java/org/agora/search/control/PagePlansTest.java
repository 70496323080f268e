package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagePlansTest {

  static SearchQuery query(String text, String type, int limit) {
    return SearchQuery.of(text, type, null, null, null, null, null, limit, null, List.of("person", "post"));
  }

  @Test
  void aQueryWhoseEveryMatchTookLongToScoreIsLookedForRecentFirstUntilThatFailsToSettleAPage() {
    PagePlans plans = new PagePlans();
    assertThat(plans.recentFirst(query("benchmark", null, 20))).isFalse();
    plans.scoredEveryMatch(query("benchmark", null, 20), PagePlans.SLOW_MILLIS - 1);
    assertThat(plans.recentFirst(query("benchmark", null, 20))).as("quick enough").isFalse();
    plans.scoredEveryMatch(query("benchmark", null, 20), PagePlans.SLOW_MILLIS);
    assertThat(plans.recentFirst(query("Benchmark", null, 10))).as("whatever the case and the page size").isTrue();
    assertThat(plans.recentFirst(query("benchmark", "post", 20))).as("other filters, other matches").isFalse();
    plans.recentFirstDidNotSettle(query("benchmark", null, 5));
    assertThat(plans.recentFirst(query("benchmark", null, 20))).isFalse();
  }

  @Test
  void onlyTheMostRecentlyUsedQueriesAreRemembered() {
    PagePlans plans = new PagePlans();
    for (int i = 0; i <= PagePlans.REMEMBERED; i++) {
      plans.scoredEveryMatch(query("word" + i, null, 20), 1_000);
    }
    assertThat(plans.recentFirst(query("word0", null, 20))).isFalse();
    assertThat(plans.recentFirst(query("word" + PagePlans.REMEMBERED, null, 20))).isTrue();
  }
}
