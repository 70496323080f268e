package org.agora.activity.entity;

/** What kind of stream item an activity is; the first three are written by people, the rest by Agora. */
public enum ActivityType {
  POST,
  COMMENT,
  SHARE,
  JOINED,
  FOLLOWED,
  ENDORSED,
  BOOKMARKED,
  /** Someone scheduled an event ({@code objectRef} is {@code event:<id>}). */
  SCHEDULED;

  /** Items people wrote themselves, as opposed to social events. */
  public boolean isAuthored() {
    return this == POST || this == COMMENT || this == SHARE;
  }
}
