package org.agora.events.control;

import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.platform.entity.Refusal;

/**
 * The part of RFC 5545's RRULE that events accept, parsed strictly so that a rule is either
 * understood or refused with a message that says why (biweekly's own parser is lenient and drops
 * what it does not know): {@code FREQ=DAILY|WEEKLY|MONTHLY}, an optional {@code INTERVAL}, for
 * weekly rules an optional {@code BYDAY} of plain weekdays, and exactly one of {@code COUNT}
 * (at most {@value #MAX_COUNT}) or {@code UNTIL} (a UTC date-time or a date, at most
 * {@value #MAX_YEARS} years after the start). A monthly rule repeats on the start's day of the month.
 */
public record RecurrenceRule(Frequency frequency, int interval, List<DayOfWeek> byDay, Integer count, Instant until) {

  public static final int MAX_COUNT = 500;
  public static final int MAX_YEARS = 3;
  static final String FIELD = "recurrence";
  static final String SUBSET = "supported are FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY (weekly only), and COUNT or UNTIL";

  private static final Set<String> PARTS = Set.of("FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL");
  private static final Map<String, DayOfWeek> DAYS = Map.of(
      "MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY, "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY,
      "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY, "SU", DayOfWeek.SUNDAY);
  private static final DateTimeFormatter UTC_FORM = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE_FORM = DateTimeFormatter.ofPattern("uuuuMMdd");

  /**
   * The rule in {@code text} (with or without the {@code RRULE:} prefix) for an event whose first
   * occurrence starts at {@code start} in {@code zone}; refuses anything outside the subset.
   */
  public static RecurrenceRule parse(String text, Instant start, ZoneId zone) {
    String rule = text.strip();
    if (rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
      rule = rule.substring(6);
    }
    if (rule.isEmpty()) {
      throw refuse("empty; " + SUBSET);
    }
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : rule.split(";", -1)) {
      int equals = part.indexOf('=');
      if (equals <= 0 || equals == part.length() - 1) {
        throw refuse("'" + part + "' is not NAME=VALUE");
      }
      String name = part.substring(0, equals).toUpperCase(Locale.ROOT);
      if (!PARTS.contains(name)) {
        throw refuse(name + " is not supported; " + SUBSET);
      }
      if (parts.put(name, part.substring(equals + 1).toUpperCase(Locale.ROOT)) != null) {
        throw refuse(name + " is given twice");
      }
    }
    Frequency frequency = frequency(parts.get("FREQ"));
    int interval = parts.containsKey("INTERVAL") ? number(parts.get("INTERVAL"), "INTERVAL", 1, 99) : 1;
    List<DayOfWeek> byDay = parts.containsKey("BYDAY") ? days(parts.get("BYDAY"), frequency) : List.of();
    if (!byDay.isEmpty() && !byDay.contains(start.atZone(zone).getDayOfWeek())) {
      throw refuse("the first occurrence (startsAt) must fall on one of the BYDAY days");
    }
    if (parts.containsKey("COUNT") == parts.containsKey("UNTIL")) {
      throw refuse("give exactly one of COUNT or UNTIL");
    }
    Integer count = parts.containsKey("COUNT") ? number(parts.get("COUNT"), "COUNT", 1, MAX_COUNT) : null;
    Instant until = parts.containsKey("UNTIL") ? until(parts.get("UNTIL"), zone) : null;
    if (until != null && until.isBefore(start)) {
      throw refuse("UNTIL is before the first occurrence");
    }
    if (until != null && until.isAfter(start.atZone(zone).plusYears(MAX_YEARS).toInstant())) {
      throw refuse("UNTIL is more than " + MAX_YEARS + " years after the first occurrence");
    }
    return new RecurrenceRule(frequency, interval, byDay, count, until);
  }

  /** The rule as stored and written into calendars: canonical order, UNTIL in UTC. */
  public String text() {
    StringBuilder text = new StringBuilder("FREQ=").append(frequency.name());
    if (interval != 1) {
      text.append(";INTERVAL=").append(interval);
    }
    if (!byDay.isEmpty()) {
      text.append(";BYDAY=").append(byDay.stream().map(RecurrenceRule::abbreviation).collect(Collectors.joining(",")));
    }
    if (count != null) {
      text.append(";COUNT=").append(count);
    } else {
      text.append(";UNTIL=").append(UTC_FORM.format(until));
    }
    return text.toString();
  }

  /** The same rule as biweekly's value, for iterating occurrences and writing RRULE. */
  public Recurrence recurrence() {
    Recurrence.Builder builder = new Recurrence.Builder(frequency).interval(interval == 1 ? null : interval);
    if (!byDay.isEmpty()) {
      builder.byDay(byDay.stream().map(d -> biweekly.util.DayOfWeek.valueOfAbbr(abbreviation(d))).toList());
    }
    return count != null ? builder.count(count).build() : builder.until(Date.from(until), true).build();
  }

  private static Frequency frequency(String value) {
    if (value == null) {
      throw refuse("FREQ is missing; " + SUBSET);
    }
    return switch (value) {
      case "DAILY" -> Frequency.DAILY;
      case "WEEKLY" -> Frequency.WEEKLY;
      case "MONTHLY" -> Frequency.MONTHLY;
      default -> throw refuse("FREQ=" + value + " is not supported; use DAILY, WEEKLY or MONTHLY");
    };
  }

  private static List<DayOfWeek> days(String value, Frequency frequency) {
    if (frequency != Frequency.WEEKLY) {
      throw refuse("BYDAY is supported with FREQ=WEEKLY only");
    }
    List<DayOfWeek> days = new ArrayList<>();
    for (String day : value.split(",", -1)) {
      DayOfWeek known = DAYS.get(day);
      if (known == null) {
        throw refuse("BYDAY=" + day + " is not a weekday (MO, TU, WE, TH, FR, SA, SU; no ordinals)");
      }
      if (!days.contains(known)) {
        days.add(known);
      }
    }
    days.sort(null);
    return List.copyOf(days);
  }

  private static int number(String value, String name, int min, int max) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw refuse(name + " must be a whole number from " + min + " to " + max);
  }

  /** UNTIL as a UTC date-time, or a date meaning "through the end of that day" in the event's zone. */
  private static Instant until(String value, ZoneId zone) {
    try {
      if (value.length() == 8) {
        LocalDate day = LocalDate.parse(value, DATE_FORM);
        return day.plusDays(1).atStartOfDay(zone).toInstant().minus(Duration.ofSeconds(1));
      }
      return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw refuse("UNTIL must be a UTC date-time such as 20270131T230000Z or a date such as 20270131");
    }
  }

  private static String abbreviation(DayOfWeek day) {
    return day.name().substring(0, 2);
  }

  private static Refusal refuse(String problem) {
    return Refusal.invalid(FIELD, problem);
  }
}
