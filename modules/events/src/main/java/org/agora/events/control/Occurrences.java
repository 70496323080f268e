package org.agora.events.control;

import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.agora.events.entity.Schedule;

/**
 * The occurrences of a schedule: its first one alone, or every date of its recurrence rule,
 * iterated by biweekly in the event's time zone so that a weekly 10:00 meeting stays at 10:00 local
 * time when daylight saving time begins or ends. Each occurrence lasts as long as the first.
 */
public final class Occurrences {

  /** One occurrence: when it starts and ends. */
  public record Occurrence(Instant startsAt, Instant endsAt) {}

  /** A guard against a rule that never ends; the accepted subset stays well below it. */
  static final int MAX_ITERATIONS = 5_000;

  private final Schedule schedule;
  private final Duration length;

  public Occurrences(Schedule schedule) {
    this.schedule = schedule;
    this.length = Duration.between(schedule.startsAt(), schedule.endsAt());
  }

  /** The occurrences that start in [from, to), in order. */
  public List<Occurrence> between(Instant from, Instant to) {
    List<Occurrence> found = new ArrayList<>();
    if (!schedule.recurring()) {
      if (!schedule.startsAt().isBefore(from) && schedule.startsAt().isBefore(to)) {
        found.add(at(schedule.startsAt()));
      }
      return found;
    }
    DateIterator dates = iterator();
    if (from.isAfter(schedule.startsAt())) {
      dates.advanceTo(Date.from(from));
    }
    for (int i = 0; dates.hasNext() && i < MAX_ITERATIONS; i++) {
      Instant start = dates.next().toInstant();
      if (!start.isBefore(to)) {
        break;
      }
      if (!start.isBefore(from)) {
        found.add(at(start));
      }
    }
    return found;
  }

  /** Every occurrence; the accepted rules are bounded by COUNT or UNTIL. */
  public List<Occurrence> all() {
    if (!schedule.recurring()) {
      return List.of(at(schedule.startsAt()));
    }
    List<Occurrence> found = new ArrayList<>();
    DateIterator dates = iterator();
    for (int i = 0; dates.hasNext() && i < MAX_ITERATIONS; i++) {
      found.add(at(dates.next().toInstant()));
    }
    return found;
  }

  /** The start of the last occurrence, stored so that a range query can skip ended series. */
  public Instant lastStart() {
    List<Occurrence> all = all();
    return all.get(all.size() - 1).startsAt();
  }

  /** The occurrence that starts exactly at {@code start}, if there is one. */
  public Optional<Occurrence> startingAt(Instant start) {
    return between(start, start.plusNanos(1)).stream().findFirst();
  }

  /**
   * The occurrence an answer without {@code ?occurrence=} is about: the first that has not ended at
   * {@code now}, else (all are over) the last one.
   */
  public Occurrence next(Instant now) {
    List<Occurrence> all = all();
    return all.stream().filter(o -> o.endsAt().isAfter(now)).findFirst().orElse(all.get(all.size() - 1));
  }

  private Occurrence at(Instant start) {
    return new Occurrence(start, start.plus(length));
  }

  private DateIterator iterator() {
    RecurrenceRule rule = RecurrenceRule.parse(schedule.recurrence(), schedule.startsAt(), schedule.zone());
    return rule.recurrence().getDateIterator(Date.from(schedule.startsAt()), TimeZone.getTimeZone(schedule.zone()));
  }
}
