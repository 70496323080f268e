package org.agora.bookmarks.entity;

import java.time.Instant;
import java.util.List;

/**
 * A bookmark as a reader sees it, with how many saves of the same link they may list ({@code
 * savedBy}: this one and the others under "who else saved it"), whether the link
 * still answers ({@code linkStatus}), and whether its title is the page's own rather than one the
 * owner typed ({@code titleFromPage}).
 */
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
    Instant updatedAt,
    LinkStatus linkStatus,
    Instant linkCheckedAt,
    boolean titleFromPage) {

  public record Owner(long id, String username, String displayName) {}
}
