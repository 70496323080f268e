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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.entity.NotificationGroup;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;

/**
 * The bell in the app bar: the unread count as a badge, and a panel with the latest notifications
 * (grouped: "Anna and 3 others reacted to your post"); opening a line marks it read.
 */
class NotificationBell extends Div {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.of("UTC"));

  private final Notifications notifications;
  private final CurrentUser currentUser;
  private final Button bell = new Button(VaadinIcon.BELL.create());
  private final Span badge = new Span();
  private final LiveListeners live;
  private final AgoraPrincipal me;

  NotificationBell(Notifications notifications, CurrentUser currentUser, LiveListeners live) {
    this.notifications = notifications;
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
    panel.setHeaderTitle(getTranslation("bell.title"));
    VerticalLayout lines = new VerticalLayout();
    lines.setPadding(false);
    lines.setWidth("min(420px, 90vw)");
    try {
      var page = notifications.list(currentUser.required(), false, PageRequest.of(20, null));
      if (page.items().isEmpty()) {
        lines.add(new Paragraph(getTranslation("bell.empty")));
      }
      for (NotificationGroup group : page.items()) {
        lines.add(line(group));
      }
    } catch (RuntimeException e) {
      lines.add(new Paragraph(getTranslation("bell.error")));
    }
    Button allRead = new Button(getTranslation("bell.allRead"), e -> {
      notifications.markAllRead(currentUser.required());
      panel.close();
      refresh();
    });
    panel.add(lines);
    panel.getFooter().add(new Button(getTranslation("bell.close"), e -> panel.close()), allRead);
    panel.open();
  }

  /** "Anna and 3 others reacted to your post", in the UI's language. */
  private String summary(NotificationGroup group) {
    String who = group.actors().isEmpty() ? getTranslation("bell.someone") : group.actors().get(0).displayName();
    if (group.count() == 2) {
      who = getTranslation("bell.andOther", who);
    } else if (group.count() > 2) {
      who = getTranslation("bell.andOthers", who, group.count() - 1);
    }
    return getTranslation("bell.type." + group.type().name().toLowerCase(java.util.Locale.ROOT), who);
  }

  private Div line(NotificationGroup group) {
    Div line = new Div();
    line.addClassName("notification-line");
    Span text = new Span(summary(group));
    if (group.unread() > 0) {
      text.getStyle().set("font-weight", "600");
    }
    Span when = new Span(" · " + WHEN.withLocale(getLocale()).format(group.at()));
    when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    line.add(text, when);
    line.getStyle().set("cursor", "pointer").set("padding", "var(--lumo-space-xs) 0");
    line.getElement().setAttribute("tabindex", "0");
    line.getElement().setAttribute("role", "button");
    Runnable markRead = () -> {
      notifications.markRead(currentUser.required(), group.id());
      text.getStyle().remove("font-weight");
      refresh();
    };
    line.addClickListener(e -> markRead.run());
    // Keyboard too: Enter or Space on the focused line, as on a button.
    line.getElement().addEventListener("keydown", e -> markRead.run()).setFilter("event.key === 'Enter' || event.key === ' '");
    return line;
  }
}
