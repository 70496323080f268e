package org.agora.ui.home;

import java.util.Objects;
import org.agora.live.entity.BusEvent;

/**
 * What a live event means for a post's card on screen: someone else commented on it (the thread
 * grows and the counts follow), it got a reaction (the counts follow), someone voted in its poll
 * (the results follow), or nothing.
 */
enum CardChange {
  COMMENTED,
  REACTED,
  VOTED,
  NONE;

  /**
   * A comment's actor is its writer (my own are shown already); a reaction's event names the
   * post's author, not who reacted, so every reaction counts, mine included.
   */
  static CardChange of(BusEvent event, long postId, long me) {
    if (!BusEvent.ACTIVITY.equals(event.kind())) {
      return NONE;
    }
    if ("created".equals(event.change()) && Objects.equals(event.parentId(), postId) && !Objects.equals(event.actorId(), me)) {
      return COMMENTED;
    }
    if ("reacted".equals(event.change()) && Objects.equals(event.activityId(), postId)) {
      return REACTED;
    }
    if ("voted".equals(event.change()) && Objects.equals(event.activityId(), postId)) {
      return VOTED;
    }
    return NONE;
  }
}
