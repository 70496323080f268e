package org.agora.ui.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** When an event takes place, as people read it: "Tue, 15 Dec 2026, 10:00 – 11:00" in their language. */
final class EventTimes {

  private EventTimes() {}

  /** "Tue, 15 Dec 2026, 10:00". */
  static String start(Instant start, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofPattern("EEE", locale).withZone(zone).format(start) + ", "
        + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(start) + ", "
        + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(start);
  }

  static String range(Instant start, Instant end, ZoneId zone, Locale locale) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE", locale).withZone(zone);
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
    boolean sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
    return day.format(start) + ", " + date.format(start) + ", " + time.format(start) + " – "
        + (sameDay ? "" : date.format(end) + ", ") + time.format(end);
  }
}
