package org.agora.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.live.entity.BusEvent;
import org.junit.jupiter.api.Test;

/** Which live events change a post's card on screen. */
class CardChangeTest {

  private static final long POST = 100;
  private static final long ME = 42;
  private static final long ANNA = 43;

  @Test
  void aCommentOnThePostBySomeoneElseGrowsTheThread() {
    assertThat(CardChange.of(activity(101, "created", ANNA, POST), POST, ME)).isEqualTo(CardChange.COMMENTED);
  }

  @Test
  void myOwnCommentIsShownAlready() {
    assertThat(CardChange.of(activity(101, "created", ME, POST), POST, ME)).isEqualTo(CardChange.NONE);
  }

  @Test
  void everyReactionToThePostUpdatesTheCountsMineToo() {
    assertThat(CardChange.of(activity(POST, "reacted", ME, null), POST, ME)).isEqualTo(CardChange.REACTED);
    assertThat(CardChange.of(activity(POST, "reacted", ANNA, null), POST, ME)).isEqualTo(CardChange.REACTED);
  }

  @Test
  void aVoteInThePostsPollUpdatesItsResults() {
    assertThat(CardChange.of(activity(POST, "voted", ANNA, null), POST, ME)).isEqualTo(CardChange.VOTED);
    assertThat(CardChange.of(activity(200, "voted", ANNA, null), POST, ME)).isEqualTo(CardChange.NONE);
  }

  @Test
  void whatHappensElsewhereLeavesTheCardAlone() {
    assertThat(CardChange.of(activity(201, "created", ANNA, 200L), POST, ME)).isEqualTo(CardChange.NONE);
    assertThat(CardChange.of(activity(200, "reacted", ANNA, null), POST, ME)).isEqualTo(CardChange.NONE);
    assertThat(CardChange.of(activity(POST, "edited", ANNA, null), POST, ME)).isEqualTo(CardChange.NONE);
    assertThat(CardChange.of(BusEvent.notification(9, 5, ME, "REACTED", 0), POST, ME)).isEqualTo(CardChange.NONE);
  }

  private static BusEvent activity(long activityId, String change, long actorId, Long parentId) {
    return BusEvent.activity(9, activityId, change, parentId == null ? "POST" : "COMMENT", actorId, null, parentId, 0);
  }
}
