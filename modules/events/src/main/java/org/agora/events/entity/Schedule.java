package org.agora.events.entity;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When an event takes place: its first occurrence, the time zone its clock times belong to, and
 * an optional RFC 5545 recurrence rule (the subset {@code RecurrenceRule} accepts). A recurring
 * event's later occurrences keep the first one's local time and length in {@code zone}.
 */
public record Schedule(Instant startsAt, Instant endsAt, ZoneId zone, String recurrence) {

  public boolean recurring() {
    return recurrence != null;
  }
}
