package org.agora.ui.layout;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeDateTimeUnit;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When something happened, as a person reads it: "5 minutes ago" / "vor 5 Minuten" for the last
 * week, the date after that; the exact date and time for a tooltip.
 */
public final class Times {

  private static final ZoneId ZONE = ZoneId.systemDefault();

  private Times() {}

  public static String relative(Instant at, Instant now, Locale locale) {
    Duration ago = Duration.between(at, now);
    if (ago.toSeconds() < 60) {
      return Texts.t(locale, "time.justNow");
    }
    RelativeDateTimeFormatter words = RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale));
    if (ago.toMinutes() < 60) {
      return words.format(-ago.toMinutes(), RelativeDateTimeUnit.MINUTE);
    }
    if (ago.toHours() < 24) {
      return words.format(-ago.toHours(), RelativeDateTimeUnit.HOUR);
    }
    if (ago.toDays() < 7) {
      return words.format(-ago.toDays(), RelativeDateTimeUnit.DAY);
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZONE).format(at);
  }

  /** The zone times are shown and entered in: the server's, the company's. */
  public static ZoneId zone() {
    return ZONE;
  }

  /** When something will happen, as people say it: "in 3 hours" / "in 3 Stunden", the date after a week. */
  public static String ahead(Instant at, Instant now, Locale locale) {
    Duration until = Duration.between(now, at);
    RelativeDateTimeFormatter words = RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale));
    if (until.toMinutes() < 60) {
      return words.format(Math.max(0, until.toMinutes()), RelativeDateTimeUnit.MINUTE);
    }
    if (until.toHours() < 24) {
      return words.format(until.toHours(), RelativeDateTimeUnit.HOUR);
    }
    if (until.toDays() < 7) {
      return words.format(until.toDays(), RelativeDateTimeUnit.DAY);
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZONE).format(at);
  }

  public static String relative(Instant at, Locale locale) {
    return relative(at, Instant.now(), locale);
  }

  /** The exact moment in the reader's locale, for a tooltip or a datetime attribute's text. */
  public static String exact(Instant at, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(ZONE)
        .format(at);
  }
}
