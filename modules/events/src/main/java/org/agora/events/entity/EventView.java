package org.agora.events.entity;

import java.time.Instant;

/**
 * An event as a reader sees it: what and when (the first occurrence, its time zone and its
 * recurrence rule), where, whose, for how many, and whether it was cancelled. The description is
 * the organiser's Markdown, not rendered: whoever shows it as HTML renders it with HTML escaped.
 */
public record EventView(
    long id,
    String title,
    String description,
    Instant startsAt,
    Instant endsAt,
    String timeZone,
    String recurrence,
    String location,
    String onlineUrl,
    CommunityRef community,
    PersonRef organiser,
    Integer capacity,
    Instant createdAt,
    Instant updatedAt,
    Instant cancelledAt) {

  public Schedule schedule() {
    return new Schedule(startsAt, endsAt, java.time.ZoneId.of(timeZone), recurrence);
  }
}
