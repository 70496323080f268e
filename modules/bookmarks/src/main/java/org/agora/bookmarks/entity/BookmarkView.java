package org.agora.bookmarks.entity;

import java.time.Instant;
import java.util.List;

/** A bookmark as a reader sees it, with how many colleagues saved the same link. */
public record BookmarkView(
    long id,
    long linkId,
    String url,
    String host,
    String title,
    String description,
    List<String> tags,
    BookmarkVisibility visibility,
    Long communityId,
    Owner owner,
    long savedBy,
    Instant createdAt,
    Instant updatedAt) {

  public record Owner(long id, String username, String displayName) {}
}
