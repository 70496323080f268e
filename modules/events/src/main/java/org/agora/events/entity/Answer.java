package org.agora.events.entity;

/** What a colleague answers to an event (RSVP). A YES beyond the capacity waits on the waiting list. */
public enum Answer {
  YES,
  MAYBE,
  NO
}
