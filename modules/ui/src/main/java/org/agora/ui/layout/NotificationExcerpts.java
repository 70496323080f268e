package org.agora.ui.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.entity.NotificationGroup;
import org.agora.events.boundary.Events;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * What a notification line quotes under its summary, by the item it is about: a post's opening
 * words, or the title of the event an item stands for. Only what the reader may see.
 */
@ApplicationScoped
public class NotificationExcerpts {

  static final int LENGTH = 90;

  @Inject Feeds feeds;
  @Inject Events events;

  Map<Long, String> of(AgoraPrincipal me, List<NotificationGroup> groups) {
    Map<Long, String> quoted = new HashMap<>();
    try {
      quoted.putAll(feeds.excerpts(me, groups.stream().map(NotificationGroup::activityId).filter(Objects::nonNull).distinct().toList(), LENGTH));
    } catch (RuntimeException e) {
      // the lines still lead to their posts
    }
    for (NotificationGroup group : groups) {
      if (group.activityId() != null && group.objectRef() != null && group.objectRef().startsWith("event:")) {
        try {
          quoted.put(group.activityId(), events.get(me, Long.parseLong(group.objectRef().substring("event:".length()))).title());
        } catch (RuntimeException goneOrHidden) {
          // the line still leads to the event's page, which says what there is to know
        }
      }
    }
    return quoted;
  }
}
