package org.agora.search.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.agora.search.entity.RelayGap;

/**
 * The ids the relay still waits for after a round: what remains of the old gaps once the rows found
 * in them are taken out (gaps older than the patience are given up), and the ids of the new span
 * that no row was found for.
 */
final class RelayGaps {

  /** How long an allocated outbox id may take to commit; a transaction runs for seconds, not this. */
  static final Duration PATIENCE = Duration.ofMinutes(10);

  private RelayGaps() {}

  static List<RelayGap> remaining(List<RelayGap> open, long lastId, long newLastId, Set<Long> foundIds, Instant now) {
    NavigableSet<Long> found = new TreeSet<>(foundIds);
    List<RelayGap> remaining = new ArrayList<>();
    Instant givenUp = now.minus(PATIENCE);
    for (RelayGap gap : open) {
      if (!gap.noticedAt().isBefore(givenUp)) {
        remaining.addAll(holes(gap.fromId(), gap.toId(), found, gap.noticedAt()));
      }
    }
    remaining.addAll(holes(lastId + 1, newLastId, found, now));
    return remaining;
  }

  /** The runs of ids from {@code from} to {@code to} that are not in {@code found}. */
  private static List<RelayGap> holes(long from, long to, NavigableSet<Long> found, Instant noticedAt) {
    List<RelayGap> holes = new ArrayList<>();
    if (from > to) {
      return holes;
    }
    long start = from;
    for (long id : found.subSet(from, true, to, true)) {
      if (start < id) {
        holes.add(new RelayGap(start, id - 1, noticedAt));
      }
      start = id + 1;
    }
    if (start <= to) {
      holes.add(new RelayGap(start, to, noticedAt));
    }
    return holes;
  }
}
