package org.agora.ui.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.entity.NotificationGroup;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;

/** All my notifications, newest first, a page at a time; each line leads to what it is about. */
@Route(value = "notifications", layout = MainLayout.class)
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

  private final Notifications notifications;
  private final CurrentUser currentUser;
  private final NotificationLines lines;
  private final Div list = new Div();
  private final Button more = new Button();
  private String next;

  @Inject
  public NotificationsView(Notifications notifications, NotificationExcerpts excerpts, CurrentUser currentUser) {
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.lines = new NotificationLines(notifications, excerpts, currentUser.required());
    setMaxWidth("760px");
    list.addClassName("notifications-list");
    list.setWidthFull();
    more.setText(getTranslation("feed.more"));
    more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    more.addClickListener(e -> load());
    Button allRead = new Button(getTranslation("bell.allRead"), e -> {
      notifications.markAllRead(currentUser.required());
      list.removeAll();
      next = null;
      load();
    });
    allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add(new H2(getTranslation("bell.title")), allRead, list, more);
    load();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("bell.title") + " · Agora";
  }

  private void load() {
    try {
      Page<NotificationGroup> page = notifications.list(currentUser.required(), false, PageRequest.of(30, next));
      if (page.items().isEmpty() && next == null) {
        list.add(new Div(getTranslation("bell.empty")));
      }
      list.add(lines.of(page.items(), () -> {}));
      next = page.next();
    } catch (RuntimeException e) {
      list.add(new Div(getTranslation("bell.error")));
      next = null;
    }
    more.setVisible(next != null);
  }
}
