package org.agora.bookmarks.entity;

import java.time.Instant;
import java.util.List;

/** A bookmark as other modules' read models (search) show it, hidden by a moderator or not. */
public record BookmarkSummary(
    long id,
    long ownerId,
    String title,
    String description,
    BookmarkVisibility visibility,
    Long communityId,
    String url,
    String host,
    Instant createdAt,
    boolean hidden,
    List<String> tags) {}
