package org.agora.activity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.activity.entity.PollView.Option;
import org.junit.jupiter.api.Test;

/** What a poll's card shows: shares of the voters, and whether the reader may still vote. */
class PollViewTest {

  private static final Option YES = new Option(1, "Yes", 2);
  private static final Option NO = new Option(2, "No", 1);

  @Test
  void sharesAreOfThePeopleWhoVotedSoSeveralAnswersMayAddUpToMoreThanAHundred() {
    PollView single = poll(false, false, 3, false, List.of());
    assertThat(single.percent(YES)).isEqualTo(67);
    assertThat(single.percent(NO)).isEqualTo(33);
    PollView several = new PollView(List.of(YES, NO), true, false, null, false, 2, false, List.of());
    assertThat(several.percent(YES) + several.percent(NO)).isEqualTo(150);
    assertThat(poll(false, false, 0, false, List.of()).percent(new Option(3, "Maybe", 0))).isZero();
  }

  @Test
  void aNamedVoteMayChangeUntilThePollClosesAnAnonymousOneIsFinal() {
    assertThat(poll(false, false, 3, false, List.of()).votable()).isTrue();
    assertThat(poll(false, false, 3, true, List.of(1L)).votable()).as("named, voted").isTrue();
    assertThat(poll(true, false, 3, true, List.of()).votable()).as("anonymous, voted").isFalse();
    assertThat(poll(true, false, 3, false, List.of()).votable()).as("anonymous, not yet").isTrue();
    assertThat(poll(false, true, 3, false, List.of()).votable()).as("closed").isFalse();
  }

  private static PollView poll(boolean anonymous, boolean closed, int voters, boolean voted, List<Long> mine) {
    return new PollView(List.of(YES, NO), false, anonymous, null, closed, voters, voted, mine);
  }
}
