package org.agora.bookmarks.entity;

import org.agora.platform.entity.DomainEvent;

/** A bookmark was saved for the first time ({@code created}), changed ({@code updated}) or {@code deleted}. */
public record BookmarkSaved(long bookmarkId, long personId, BookmarkVisibility visibility, Long communityId, String change)
    implements DomainEvent {

  @Override
  public String type() {
    return "bookmark." + change;
  }

  @Override
  public String aggregateType() {
    return "bookmark";
  }

  @Override
  public long aggregateId() {
    return bookmarkId;
  }
}
