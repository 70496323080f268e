package org.agora.ui.layout;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.entity.NotificationGroup;
import org.agora.platform.entity.AgoraPrincipal;

/** Notification lines for the bell's panel and the notifications page, with the posts' opening words or titles. */
record NotificationLines(Notifications notifications, NotificationExcerpts excerpts, AgoraPrincipal me) {

  /** A line per notification, each a link to what it is about; following one marks it read. */
  Component[] of(List<NotificationGroup> groups, Runnable afterOpening) {
    Map<Long, String> quoted = excerpts.of(me, groups);
    return groups.stream()
        .map(group -> new NotificationLine(group, quoted.get(group.id()), () -> {
          notifications.markRead(me, group.id());
          afterOpening.run();
        }))
        .toArray(Component[]::new);
  }
}
