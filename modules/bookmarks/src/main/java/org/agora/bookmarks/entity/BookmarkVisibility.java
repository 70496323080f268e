package org.agora.bookmarks.entity;

/** PRIVATE: only its owner; PUBLIC: the whole company; COMMUNITY: the community's readers. */
public enum BookmarkVisibility {
  PRIVATE,
  PUBLIC,
  COMMUNITY
}
