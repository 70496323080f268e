package org.agora.insights.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.agora.platform.entity.Refusal;

/**
 * The time a figure covers: whole UTC days up to and including {@code today}, so that a figure
 * asked twice on one day counts the same days. Weeks start on Monday, months on their first.
 */
public record Windows(LocalDate today) {

  private static final Set<String> UNITS = Set.of("day", "week", "month");

  public static Windows at(Instant now) {
    return new Windows(LocalDate.ofInstant(now, ZoneOffset.UTC));
  }

  /** The unit a period parameter names: day, week (when not given) or month. */
  public static String unit(String period) {
    String unit = period == null ? "week" : period;
    if (!UNITS.contains(unit)) {
      throw Refusal.invalid("period", "day, week or month");
    }
    return unit;
  }

  /** The start of the first of {@code periods} whole periods, the current one included. */
  public Instant periods(String unit, int periods) {
    if (periods < 1 || periods > 366) {
      throw Refusal.invalid("periods", "between 1 and 366");
    }
    return startOf(switch (unit) {
      case "day" -> today.minusDays(periods - 1L);
      case "week" -> today.with(DayOfWeek.MONDAY).minusWeeks(periods - 1L);
      default -> today.withDayOfMonth(1).minusMonths(periods - 1L);
    });
  }

  /** The start of the first of the last {@code days} days, today included. */
  public Instant days(int days) {
    return daysAgo(days - 1);
  }

  /** The start of the day {@code days} before today. */
  public Instant daysAgo(int days) {
    return startOf(today.minusDays(days));
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
