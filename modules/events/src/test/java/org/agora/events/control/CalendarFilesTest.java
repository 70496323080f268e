package org.agora.events.control;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.agora.events.entity.EventView;
import org.agora.events.entity.PersonRef;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {

  static final String DESCRIPTION = "Bring: laptops, cables; snacks\nAgenda; part 1, part 2\\n"
      + " and a long line that goes on and on and on so that it must be folded well past seventy-five octets";

  static EventView event(long id, String zone, String recurrence, Instant cancelledAt) {
    Instant start = Instant.parse("2027-03-16T09:00:00Z");
    return new EventView(id, "Team sync, weekly; all welcome", DESCRIPTION, start, start.plusSeconds(3600), zone, recurrence,
        "Room 4, Berlin", "https://meet.example.com/sync", null, new PersonRef(1, "Ada"), null,
        Instant.parse("2027-03-01T12:00:00Z"), Instant.parse("2027-03-02T12:00:00Z"), cancelledAt);
  }

  static ICalendar parsed(String text) {
    return Biweekly.parse(text).first();
  }

  @Test
  void aRecurringEventInBerlinHasAStableUidTzidItsZoneAndItsRule() {
    String text = CalendarFiles.write(List.of(event(42, "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;COUNT=4", null)),
        "https://agora.example.com/", null);

    assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("PRODID:" + CalendarFiles.PRODID)
        .contains("DTSTART;TZID=Europe/Berlin:20270316T100000").contains("RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU")
        .contains("BEGIN:VTIMEZONE").contains("TZID:Europe/Berlin");
    ICalendar calendar = parsed(text);
    VEvent event = calendar.getEvents().get(0);
    assertThat(event.getUid().getValue()).isEqualTo("event-42@agora");
    assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-03-16T09:00:00Z"));
    assertThat(calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId().getValue())
        .isEqualTo("Europe/Berlin");
    assertThat(event.getRecurrenceRule().getValue().getCount()).isEqualTo(4);
    assertThat(event.getUrl().getValue()).isEqualTo("https://agora.example.com/events/42");
    assertThat(event.getLocation().getValue()).isEqualTo("Room 4, Berlin");
    assertThat(event.getStatus().isConfirmed()).isTrue();
    VTimezone zone = calendar.getTimezoneInfo().getComponents().iterator().next();
    assertThat(zone.getDaylightSavingsTime()).as("summer time begins on 2027-03-28").isNotEmpty();
  }

  @Test
  void theDescriptionIsEscapedAndComesBackUnchanged() {
    String text = CalendarFiles.write(List.of(event(1, "Europe/Berlin", null, null)), "https://a/", null);
    assertThat(text).contains("Bring: laptops\\, cables\\; snacks\\nAgenda\\; part 1\\, part 2\\\\n");
    assertThat(text).contains("SUMMARY:Team sync\\, weekly\\; all welcome");
    VEvent event = parsed(text).getEvents().get(0);
    assertThat(event.getDescription().getValue()).isEqualTo(DESCRIPTION + "\n\nOnline: https://meet.example.com/sync");
    assertThat(event.getSummary().getValue()).isEqualTo("Team sync, weekly; all welcome");
  }

  @Test
  void linesAreFoldedAtSeventyFiveOctets() {
    String text = CalendarFiles.write(List.of(event(1, "Europe/Berlin", null, null)), "https://a/", null);
    assertThat(text.split("\r\n")).allSatisfy(line ->
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
    assertThat(text).contains("\r\n ");
  }

  @Test
  void aCancelledEventSaysSo() {
    String text = CalendarFiles.write(List.of(event(7, "Europe/Berlin", null, Instant.parse("2027-03-03T00:00:00Z"))),
        "https://a/", null);
    assertThat(text).contains("STATUS:CANCELLED");
    assertThat(parsed(text).getEvents().get(0).getStatus().isCancelled()).isTrue();
  }

  @Test
  void aUtcEventNeedsNoTimeZone() {
    String text = CalendarFiles.write(List.of(event(7, "UTC", null, null)), "https://a/", null);
    assertThat(text).contains("DTSTART:20270316T090000Z").doesNotContain("VTIMEZONE");
  }
}
