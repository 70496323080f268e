package org.agora.ui.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** When an event takes place, as people read it: "Tue, 15 Dec 2026, 10:00 – 11:00" in their language. */
public final class EventTimes {

  private EventTimes() {}

  /** "Tue, 15 Dec 2026, 10:00". */
  public static String start(Instant start, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofPattern("EEE", locale).withZone(zone).format(start) + ", "
        + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(start) + ", "
        + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(start);
  }

  /** "Tue, 15 Dec 2026, 10:00 – 11:00", the end's date only when it is another day. */
  public static String range(Instant start, Instant end, ZoneId zone, Locale locale) {
    boolean sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
    return start(start, zone, locale) + " – "
        + (sameDay ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(end) + ", ")
        + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(end);
  }
}
