package org.agora.announcements.entity;

import java.time.Instant;

/** A person's rows in the announcements' tables, as their data export lists them. */
public final class PersonalRows {

  private PersonalRows() {}

  /** An announcement they posted; its text is their post ({@code postId}), exported by activity. */
  public record Authored(long id, long postId, Long communityId, boolean mustRead, Instant pinnedUntil, Instant createdAt) {}

  /** Whether and when they saw, confirmed or dismissed an announcement. */
  public record Receipt(long announcementId, Instant seenAt, Instant confirmedAt, Instant dismissedAt) {}
}
