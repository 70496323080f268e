package org.agora.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Copies of one judged document count once, at the first place they reach. */
class ResolvedQueryTest {

  // The bookmark "GDPR text" saved twice (b1, b2), one post p judged relevant.
  private final ResolvedQuery gdpr = new ResolvedQuery(
      new Judgments.JudgedQuery("en", "gdpr", Map.of()),
      Map.of("b1", "bookmark: GDPR text", "b2", "bookmark: GDPR text", "p", "post: Anonymised data"),
      Map.of("bookmark: GDPR text", 3, "post: Anonymised data", 2));

  @Test
  void aSecondCopyIsNoFurtherGain() {
    assertThat(gdpr.judged(List.of("b2", "x", "b1", "p")))
        .containsExactly("bookmark: GDPR text", "copy or unjudged: x", "copy or unjudged: b1", "post: Anonymised data");
    assertThat(gdpr.precisionAt5(List.of("b1", "b2", "p"))).isEqualTo(0.4);
    assertThat(gdpr.ndcgAt10(List.of("b1", "p"))).isEqualTo(1.0);
  }
}
