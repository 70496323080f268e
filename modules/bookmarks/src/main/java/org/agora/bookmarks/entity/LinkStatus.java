package org.agora.bookmarks.entity;

/**
 * What the last visits to a link found. {@code BROKEN} only after several failed visits in a row,
 * so one bad minute of a web server does not mark its links dead; {@code SKIPPED} when the fetch
 * policy forbids visiting the address (an intranet host, say).
 */
public enum LinkStatus {
  UNCHECKED,
  OK,
  BROKEN,
  SKIPPED
}
