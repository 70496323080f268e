package org.agora.announcements.control;

import java.time.Instant;

/** An announcement as stored, with its author's and community's names and one reader's receipt. */
public record AnnouncementRow(
    long id,
    long activityId,
    Long communityId,
    String communityName,
    long authorId,
    String authorName,
    boolean mustRead,
    Instant pinnedUntil,
    Instant createdAt,
    boolean seen,
    boolean confirmed,
    boolean dismissed) {}
