package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpertRankingTest {

  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void shownWorkOutranksAClaimAndAClaimOutranksAMention() {
    ExpertSignals claim = ExpertSignals.NONE.withDeclared();
    ExpertSignals work = ExpertSignals.NONE.withTagged(3, NOW).withAnswers(1);
    ExpertSignals mention = ExpertSignals.NONE.withMentions(1);
    assertThat(ExpertRanking.score(work, NOW)).isGreaterThan(ExpertRanking.score(claim, NOW));
    assertThat(ExpertRanking.score(claim, NOW)).isGreaterThan(ExpertRanking.score(mention, NOW));
  }

  @Test
  void tagsFadeWithAgeButNeverBelowHalf() {
    ExpertSignals fresh = ExpertSignals.NONE.withTagged(4, NOW);
    ExpertSignals old = ExpertSignals.NONE.withTagged(4, NOW.minus(Duration.ofDays(3650)));
    assertThat(ExpertRanking.score(old, NOW)).isLessThan(ExpertRanking.score(fresh, NOW))
        .isGreaterThanOrEqualTo(ExpertRanking.score(fresh, NOW) / 2 - 0.01);
  }

  @Test
  void reasonsSayWhatCounted() {
    ExpertSignals s = ExpertSignals.NONE.withDeclared().withEndorsements(5).withTagged(12, NOW).withAnswers(1);
    assertThat(ExpertRanking.reasons(s, "kubernetes"))
        .containsExactly("12 posts tagged kubernetes", "answered 1 question", "5 endorsements", "lists kubernetes as a skill");
  }
}
