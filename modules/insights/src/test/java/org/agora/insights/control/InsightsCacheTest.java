package org.agora.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.insights.entity.Table;
import org.junit.jupiter.api.Test;

/** One answer per question while it is fresh; renewing computes it again and replaces it. */
class InsightsCacheTest {

  private final AtomicInteger computed = new AtomicInteger();

  private Table answer() {
    return new Table("answer " + computed.incrementAndGet(), List.of("n"), List.of());
  }

  private static InsightsCache keepingFor(long seconds) {
    InsightsCache cache = new InsightsCache();
    cache.seconds = seconds;
    return cache;
  }

  @Test
  void aFreshAnswerIsComputedOnce() {
    InsightsCache cache = keepingFor(300);
    assertThat(cache.get("q", this::answer).title()).isEqualTo("answer 1");
    assertThat(cache.get("q", this::answer).title()).isEqualTo("answer 1");
    assertThat(cache.get("other", this::answer).title()).isEqualTo("answer 2");
  }

  @Test
  void renewingComputesAgainAndLaterReadersGetTheNewAnswer() {
    InsightsCache cache = keepingFor(300);
    cache.get("q", this::answer);
    cache.renew(() -> assertThat(cache.get("q", this::answer).title()).isEqualTo("answer 2"));
    assertThat(cache.get("q", this::answer).title()).isEqualTo("answer 2");
    assertThat(computed).hasValue(2);
  }

  @Test
  void anAnswerComputedWhileTheCacheWasClearedIsNotKept() {
    InsightsCache cache = keepingFor(300);
    cache.get("q", () -> {
      cache.clear();
      return answer();
    });
    assertThat(cache.get("q", this::answer).title()).isEqualTo("answer 2");
  }

  @Test
  void withTheCacheOffEveryReadComputesAndNothingIsRenewed() {
    InsightsCache cache = keepingFor(0);
    cache.get("q", this::answer);
    cache.get("q", this::answer);
    cache.renew(() -> cache.get("q", this::answer));
    assertThat(computed).hasValue(2);
    assertThat(cache.lifetime()).isEmpty();
  }
}
