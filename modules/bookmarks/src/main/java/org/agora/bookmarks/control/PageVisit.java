package org.agora.bookmarks.control;

/**
 * What one visit to a link found: the page's title when it has one, and whether the link is
 * alive ({@link Outcome#ALIVE}), dead ({@link Outcome#DEAD}: gone, unknown host, refused, timed
 * out) or not visited at all because the policy forbids it ({@link Outcome#REFUSED}).
 */
public record PageVisit(Outcome outcome, int httpStatus, String title, String reason) {

  public enum Outcome { ALIVE, DEAD, REFUSED }

  static PageVisit alive(int status, String title) {
    return new PageVisit(Outcome.ALIVE, status, title, null);
  }

  static PageVisit dead(int status, String reason) {
    return new PageVisit(Outcome.DEAD, status, null, reason);
  }

  static PageVisit refused(String reason) {
    return new PageVisit(Outcome.REFUSED, 0, null, reason);
  }
}
