package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.agora.events.boundary.EventRequest;
import org.agora.events.boundary.Events;
import org.agora.events.boundary.Rsvps;
import org.agora.events.entity.Answer;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Upcoming events in the demo company, so that the events list is not empty on first contact: a
 * weekly open breakfast for everyone and a lunch-and-learn with few places, already full, so its
 * waiting list shows. Loaded last, after the rest of the demo, in the weeks after the start.
 */
@ApplicationScoped
public class DemoEvents {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Inject DemoPeople demoPeople;
  @Inject Events events;
  @Inject Rsvps rsvps;

  @Transactional
  public void load() {
    List<AgoraPrincipal> people = demoPeople.active().stream().map(DemoActivity.Author::principal).filter(p -> !p.admin()).toList();
    ZonedDateTime wednesday = LocalDate.now(BERLIN).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).atTime(8, 30).atZone(BERLIN);
    long breakfast = events.schedule(people.get(0), request("Open breakfast: meet colleagues from other teams",
        "Coffee, pretzels and people you have not met yet. Drop by for ten minutes or stay the hour.",
        wednesday, 60, "Kitchen, 3rd floor, Berlin", null, "FREQ=WEEKLY;BYDAY=WE;COUNT=8"));
    ZonedDateTime friday = LocalDate.now(BERLIN).with(TemporalAdjusters.next(DayOfWeek.FRIDAY)).atTime(12, 0).atZone(BERLIN);
    long lunch = events.schedule(people.get(1), request("Lunch & learn: writing accessible documents",
        "Headings, alt texts and contrast: thirty minutes of practice with your own documents.",
        friday, 45, "Room Spree, Berlin", "https://meet.agora.example/lunch-and-learn", null));
    for (int i = 2; i < 8; i++) {
      rsvps.answer(people.get(i), breakfast, null, i % 3 == 0 ? Answer.MAYBE : Answer.YES);
    }
    for (int i = 8; i < 14; i++) {
      rsvps.answer(people.get(i), lunch, null, Answer.YES);
    }
  }

  private static EventRequest request(String title, String description, ZonedDateTime start, int minutes, String location,
      String onlineUrl, String recurrence) {
    EventRequest request = new EventRequest();
    request.title = title;
    request.description = description;
    request.startsAt = start.toOffsetDateTime().toString();
    request.endsAt = start.plusMinutes(minutes).toOffsetDateTime().toString();
    request.timeZone = BERLIN.getId();
    request.location = location;
    request.onlineUrl = onlineUrl;
    request.capacity = onlineUrl == null ? null : 4;
    request.recurrence = recurrence;
    return request;
  }
}
