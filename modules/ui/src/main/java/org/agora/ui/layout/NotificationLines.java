package org.agora.ui.layout;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agora.activity.boundary.Feeds;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.entity.NotificationGroup;
import org.agora.platform.entity.AgoraPrincipal;

/** Notification lines for the bell's panel and the notifications page, with the posts' opening words. */
record NotificationLines(Notifications notifications, Feeds feeds, AgoraPrincipal me) {

  /** A line per notification, each a link to what it is about; following one marks it read. */
  Component[] of(List<NotificationGroup> groups, Runnable afterOpening) {
    Map<Long, String> excerpts = excerpts(groups);
    return groups.stream()
        .map(group -> new NotificationLine(group, group.activityId() == null ? null : excerpts.get(group.activityId()), () -> {
          notifications.markRead(me, group.id());
          afterOpening.run();
        }))
        .toArray(Component[]::new);
  }

  private Map<Long, String> excerpts(List<NotificationGroup> groups) {
    try {
      return feeds.excerpts(me, groups.stream().map(NotificationGroup::activityId).filter(Objects::nonNull).distinct().toList(), 90);
    } catch (RuntimeException e) {
      return Map.of(); // the lines still lead to their posts
    }
  }
}
