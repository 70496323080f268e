package org.agora.events.control;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import org.agora.events.entity.EventView;

/**
 * Events as an iCalendar document (RFC 5545), written by biweekly so that escaping and line folding
 * are the library's: one VEVENT per event with a stable UID, times in the event's zone (TZID and a
 * VTIMEZONE, or UTC), the recurrence rule, the web app's page as URL, and STATUS:CANCELLED for a
 * cancelled event so that subscribed calendars take it off.
 */
public final class CalendarFiles {

  public static final String PRODID = "-//Agora//Events//EN";

  private CalendarFiles() {}

  /** The UID of an event in every calendar file, unchanged by edits. */
  public static String uid(long eventId) {
    return "event-" + eventId + "@agora";
  }

  /** A calendar with these events; {@code pageBase} is the web app's address ending in "/". */
  public static String write(Collection<EventView> events, String pageBase, String name) {
    ICalendar calendar = new ICalendar();
    calendar.setProductId(PRODID);
    if (name != null) {
      calendar.setName(name);
    }
    Map<ZoneId, TimezoneAssignment> zones = zones(events);
    for (EventView event : events) {
      calendar.addEvent(vevent(calendar, event, pageBase, zones.get(event.schedule().zone())));
    }
    return Biweekly.write(calendar).go();
  }

  private static VEvent vevent(ICalendar calendar, EventView event, String pageBase, TimezoneAssignment zone) {
    VEvent vevent = new VEvent();
    vevent.setUid(uid(event.id()));
    vevent.setDateTimeStamp(Date.from(event.updatedAt()));
    vevent.setCreated(Date.from(event.createdAt()));
    vevent.setLastModified(Date.from(event.updatedAt()));
    DateStart start = vevent.setDateStart(Date.from(event.startsAt()), true);
    DateEnd end = vevent.setDateEnd(Date.from(event.endsAt()), true);
    if (zone != null) {
      calendar.getTimezoneInfo().setTimezone(start, zone);
      calendar.getTimezoneInfo().setTimezone(end, zone);
    }
    vevent.setSummary(event.title());
    String description = description(event);
    if (!description.isEmpty()) {
      vevent.setDescription(description);
    }
    vevent.setLocation(event.location() != null ? event.location() : event.onlineUrl());
    vevent.setUrl(pageBase + "events/" + event.id());
    if (event.recurrence() != null) {
      vevent.setRecurrenceRule(RecurrenceRule.parse(event.recurrence(), event.startsAt(), event.schedule().zone()).recurrence());
    }
    vevent.setStatus(event.cancelledAt() != null ? Status.cancelled() : Status.confirmed());
    return vevent;
  }

  /** The description, with the online link added when the location field holds the place. */
  private static String description(EventView event) {
    String text = event.description() == null ? "" : event.description();
    if (event.location() != null && event.onlineUrl() != null) {
      text = text.isEmpty() ? "Online: " + event.onlineUrl() : text + "\n\nOnline: " + event.onlineUrl();
    }
    return text;
  }

  /**
   * One VTIMEZONE per zone that is not UTC, spanning every occurrence of the zone's events (a day
   * of margin either side); UTC times are written with "Z" and need none.
   */
  private static Map<ZoneId, TimezoneAssignment> zones(Collection<EventView> events) {
    Map<ZoneId, Instant[]> spans = new HashMap<>();
    for (EventView event : events) {
      ZoneId zone = event.schedule().zone();
      if (zone.normalized().equals(ZoneOffset.UTC)) {
        continue;
      }
      Instant last = new Occurrences(event.schedule()).lastStart().plus(Duration.between(event.startsAt(), event.endsAt()));
      spans.merge(zone, new Instant[] {event.startsAt(), last},
          (a, b) -> new Instant[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
    }
    Map<ZoneId, TimezoneAssignment> zones = new HashMap<>();
    spans.forEach((zone, span) -> zones.put(zone, new TimezoneAssignment(TimeZone.getTimeZone(zone),
        TimeZoneComponents.of(zone, span[0].minus(Duration.ofDays(1)), span[1].plus(Duration.ofDays(1))))));
    return zones;
  }
}
