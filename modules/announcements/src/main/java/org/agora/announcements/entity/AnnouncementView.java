package org.agora.announcements.entity;

import java.time.Instant;

/**
 * One announcement as its reader sees it: the post's HTML, who wrote it and where, whether it must
 * be confirmed, until when it is pinned, and the reader's own receipt. {@code asked}: the reader
 * is in its audience (confirms or dismisses it); {@code mayReach}: the reader is its author or an
 * admin and may read its reach.
 */
public record AnnouncementView(
    long id,
    long activityId,
    String html,
    Author author,
    Long communityId,
    String communityName,
    boolean mustRead,
    Instant pinnedUntil,
    Instant createdAt,
    boolean seen,
    boolean confirmed,
    boolean dismissed,
    boolean asked,
    boolean mayReach) {

  public record Author(long id, String displayName) {}
}
