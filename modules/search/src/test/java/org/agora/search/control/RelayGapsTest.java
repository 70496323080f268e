package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.agora.search.entity.RelayGap;
import org.junit.jupiter.api.Test;

class RelayGapsTest {

  static final Instant EARLIER = Instant.parse("2026-12-06T12:00:00Z");
  static final Instant NOW = EARLIER.plusSeconds(60);

  @Test
  void idsPassedWithoutARowBecomeGaps() {
    assertThat(RelayGaps.remaining(List.of(), 10, 20, Set.of(11L, 12L, 15L, 20L), NOW))
        .containsExactly(new RelayGap(13, 14, NOW), new RelayGap(16, 19, NOW));
  }

  @Test
  void aRoundWithoutNewRowsLeavesNoGap() {
    assertThat(RelayGaps.remaining(List.of(), 10, 10, Set.of(), NOW)).isEmpty();
  }

  @Test
  void rowsThatTurnUpLateCloseTheirPartOfAGap() {
    List<RelayGap> open = List.of(new RelayGap(13, 19, EARLIER));
    assertThat(RelayGaps.remaining(open, 20, 21, Set.of(13L, 16L, 21L), NOW))
        .containsExactly(new RelayGap(14, 15, EARLIER), new RelayGap(17, 19, EARLIER));
  }

  @Test
  void aGapOlderThanThePatienceIsGivenUp() {
    List<RelayGap> open = List.of(new RelayGap(13, 14, NOW.minus(RelayGaps.PATIENCE).minusSeconds(1)),
        new RelayGap(16, 16, NOW.minus(RelayGaps.PATIENCE)));
    assertThat(RelayGaps.remaining(open, 20, 20, Set.of(), NOW)).containsExactly(new RelayGap(16, 16, NOW.minus(RelayGaps.PATIENCE)));
  }
}
