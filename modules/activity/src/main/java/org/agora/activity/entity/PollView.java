package org.agora.activity.entity;

import java.time.Instant;
import java.util.List;

/**
 * A post's poll as a reader sees it: the options with their counts, how many people voted, and
 * the reader's own vote. Of an anonymous poll the reader learns only that they voted
 * ({@code myChoice} stays empty): nothing records which options they chose.
 *
 * @param closesAt when voting ends, null when the poll stays open
 * @param voters people who voted (with several answers allowed, fewer than the votes)
 */
public record PollView(
    List<Option> options, boolean multiple, boolean anonymous, Instant closesAt, boolean closed,
    int voters, boolean voted, List<Long> myChoice) {

  public record Option(long id, String text, int votes) {}

  /** An option's share of the voters, 0 to 100, rounded; 0 before anyone voted. */
  public int percent(Option option) {
    return voters == 0 ? 0 : Math.round(100f * option.votes() / voters);
  }

  /** Whether the reader may vote now, or change or withdraw their vote (named polls only). */
  public boolean votable() {
    return !closed && (!voted || !anonymous);
  }
}
