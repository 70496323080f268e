package org.agora.ui.layout;

import org.agora.live.boundary.LiveListeners;
import org.agora.live.entity.BusEvent;
import org.agora.platform.entity.AgoraPrincipal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Anchor;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.entity.NotificationGroup;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;

/**
 * The bell in the app bar: the unread count as a badge, and a panel with the latest notifications
 * (grouped: "Anna and 3 others reacted to your post"), each a link to what it is about; following
 * one marks it read. "All notifications" opens the notifications page.
 */
class NotificationBell extends Div {

  /** Notifications in the bell's panel; the notifications page has them all. */
  private static final int PANEL = 12;

  private final Notifications notifications;
  private final NotificationExcerpts excerpts;
  private final CurrentUser currentUser;
  private final Button bell = new Button(VaadinIcon.BELL.create());
  private final Span badge = new Span();
  private final LiveListeners live;
  private final AgoraPrincipal me;

  NotificationBell(Notifications notifications, NotificationExcerpts excerpts, CurrentUser currentUser, LiveListeners live) {
    this.notifications = notifications;
    this.excerpts = excerpts;
    this.currentUser = currentUser;
    this.live = live;
    this.me = currentUser.required();
    // A notification for me, committed on any node, updates the badge through Vaadin Push.
    LiveUpdates.whileAttached(this, live, (ui, bus) -> {
      if (BusEvent.NOTIFICATION.equals(bus.kind()) && bus.recipientId() != null && bus.recipientId() == me.id()) {
        ui.access(this::refresh);
      }
    });
    bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    bell.addClickListener(e -> openPanel());
    badge.getElement().getThemeList().add("badge error pill small");
    badge.getStyle().set("position", "absolute").set("top", "0").set("right", "0").set("pointer-events", "none");
    getStyle().set("position", "relative");
    add(bell, badge);
    refresh();
  }

  void refresh() {
    long unread = safeUnread();
    badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
    badge.setVisible(unread > 0);
    bell.getElement().setAttribute("aria-label", unread == 0 ? getTranslation("bell.label") : getTranslation("bell.unread", unread));
  }

  private long safeUnread() {
    try {
      return notifications.unreadCount(me);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private void openPanel() {
    Dialog panel = new Dialog();
    panel.addClassName("notifications-panel");
    panel.setHeaderTitle(getTranslation("bell.title"));
    VerticalLayout lines = new VerticalLayout();
    lines.setPadding(false);
    lines.setSpacing(false);
    lines.setWidth("min(420px, 86vw)");
    try {
      var page = notifications.list(me, false, PageRequest.of(PANEL, null));
      if (page.items().isEmpty()) {
        lines.add(new Paragraph(getTranslation("bell.empty")));
      }
      lines.add(new NotificationLines(notifications, excerpts, me).of(page.items(), () -> {
        panel.close();
        refresh();
      }));
    } catch (RuntimeException e) {
      lines.add(new Paragraph(getTranslation("bell.error")));
    }
    Button allRead = new Button(getTranslation("bell.allRead"), e -> {
      notifications.markAllRead(me);
      panel.close();
      refresh();
    });
    Anchor all = new Anchor("notifications", getTranslation("bell.all"));
    all.getElement().addEventListener("click", e -> panel.close());
    panel.add(lines);
    panel.getFooter().add(all, new Button(getTranslation("bell.close"), e -> panel.close()), allRead);
    panel.open();
  }
}
