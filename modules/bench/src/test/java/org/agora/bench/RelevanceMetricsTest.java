package org.agora.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** P@5 and nDCG@10 on a ranking small enough to compute by hand. */
class RelevanceMetricsTest {

  // a is exactly what was wanted, b relevant, c marginal; x and y are unjudged.
  private final Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1);

  @Test
  void precisionCountsOnlyGradesTwoAndThreeInTheFirstFive() {
    assertThat(RelevanceMetrics.precisionAt(5, List.of("x", "a", "c", "b", "y", "z"), grades)).isEqualTo(0.4);
    assertThat(RelevanceMetrics.precisionAt(5, List.of("a"), grades)).as("empty places are misses").isEqualTo(0.2);
  }

  @Test
  void ndcgDiscountsLaterPlacesAgainstTheIdealOrder() {
    // DCG: a at 2: 7/log2(3) = 4.4165; c at 3: 1/2 = 0.5; b at 4: 3/log2(5) = 1.2920 -> 6.2085
    // ideal: 7 + 3/log2(3) + 1/2 = 7 + 1.8928 + 0.5 = 9.3928
    assertThat(RelevanceMetrics.ndcgAt(10, List.of("x", "a", "c", "b"), grades)).isCloseTo(0.6610, within(1e-4));
    assertThat(RelevanceMetrics.ndcgAt(10, List.of("a", "b", "c", "x"), grades)).isCloseTo(1.0, within(1e-9));
    assertThat(RelevanceMetrics.ndcgAt(10, List.of("x", "y"), grades)).isZero();
  }

  @Test
  void ndcgOnlyLooksAtTheFirstTen() {
    List<String> late = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "a");
    assertThat(RelevanceMetrics.ndcgAt(10, late, grades)).isZero();
  }
}
