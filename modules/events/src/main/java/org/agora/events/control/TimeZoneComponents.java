package org.agora.events.control;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A VTIMEZONE for a zone, built from the JDK's time zone rules for the years the calendar needs
 * (so no download from a time zone server): the offset in force at the start of the window, then
 * one observance per transition in it. Calendar apps use it to place TZID times correctly.
 */
final class TimeZoneComponents {

  private TimeZoneComponents() {}

  /** The zone's observances from {@code from} to {@code to}. */
  static VTimezone of(ZoneId zone, Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    VTimezone component = new VTimezone(zone.getId());
    ZoneOffset first = rules.getOffset(from);
    component.addStandardTime(observance(new StandardTime(), LocalDateTime.ofInstant(from, first), first, first));
    ZoneOffsetTransition transition = rules.nextTransition(from);
    while (transition != null && transition.getInstant().isBefore(to)) {
      Observance observance = rules.isDaylightSavings(transition.getInstant()) ? new DaylightSavingsTime() : new StandardTime();
      observance(observance, transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter());
      if (observance instanceof DaylightSavingsTime daylight) {
        component.addDaylightSavingsTime(daylight);
      } else {
        component.addStandardTime((StandardTime) observance);
      }
      transition = rules.nextTransition(transition.getInstant());
    }
    return component;
  }

  private static <T extends Observance> T observance(T observance, LocalDateTime start, ZoneOffset before, ZoneOffset after) {
    observance.setDateStart(new DateTimeComponents(
        start.getYear(), start.getMonthValue(), start.getDayOfMonth(), start.getHour(), start.getMinute(), start.getSecond(), false));
    observance.setTimezoneOffsetFrom(offset(before));
    observance.setTimezoneOffsetTo(offset(after));
    return observance;
  }

  private static UtcOffset offset(ZoneOffset offset) {
    return new UtcOffset(offset.getTotalSeconds() * 1000L);
  }
}
