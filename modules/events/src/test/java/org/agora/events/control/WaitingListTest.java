package org.agora.events.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingListTest {

  @Test
  void yesAnswersBeyondTheCapacityWait() {
    assertThat(WaitingList.hasPlace(2, 0)).isTrue();
    assertThat(WaitingList.hasPlace(2, 1)).isTrue();
    assertThat(WaitingList.hasPlace(2, 2)).isFalse();
    assertThat(WaitingList.hasPlace(null, 1_000)).isTrue();
  }

  @Test
  void aFreedPlaceGoesToTheFirstWaitingInOrderOfAnswering() {
    assertThat(WaitingList.promoted(2, 1, List.of(7L, 3L, 9L))).containsExactly(7L);
    assertThat(WaitingList.promoted(2, 0, List.of(7L, 3L, 9L))).containsExactly(7L, 3L);
    assertThat(WaitingList.promoted(2, 2, List.of(7L, 3L))).isEmpty();
  }

  @Test
  void aLowerCapacityTakesNoPlaceBackAndAHigherOnePromotesMore() {
    assertThat(WaitingList.promoted(1, 3, List.of(7L))).isEmpty();
    assertThat(WaitingList.promoted(5, 3, List.of(7L, 3L, 9L))).containsExactly(7L, 3L);
    assertThat(WaitingList.promoted(null, 3, List.of(7L, 3L, 9L))).containsExactly(7L, 3L, 9L);
  }

  /** A capacity of two, five people answering YES one after the other, two withdrawing. */
  @Test
  void aSeriesOfAnswersKeepsTheOrder() {
    List<Long> confirmed = new ArrayList<>();
    List<Long> waiting = new ArrayList<>();
    for (long person = 1; person <= 5; person++) {
      (WaitingList.hasPlace(2, confirmed.size()) ? confirmed : waiting).add(person);
    }
    assertThat(confirmed).containsExactly(1L, 2L);
    assertThat(waiting).containsExactly(3L, 4L, 5L);

    confirmed.remove(Long.valueOf(1));
    List<Long> up = WaitingList.promoted(2, confirmed.size(), waiting);
    confirmed.addAll(up);
    waiting.removeAll(up);
    assertThat(confirmed).containsExactly(2L, 3L);
    assertThat(waiting).containsExactly(4L, 5L);

    waiting.remove(Long.valueOf(4)); // someone waiting withdraws: nobody moves up
    assertThat(WaitingList.promoted(2, confirmed.size(), waiting)).isEmpty();
    confirmed.remove(Long.valueOf(2));
    assertThat(WaitingList.promoted(2, confirmed.size(), waiting)).containsExactly(5L);
  }
}
