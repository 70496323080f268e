package org.agora.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.agora.activity.entity.NotificationGroup;

/**
 * One notification as a link to what it is about (the post, the event, the survey, the community,
 * the person): "Anna and 3 others reacted to your post", the opening words of the post (the
 * event's or survey's title) and how long ago.
 */
class NotificationLine extends Anchor {

  NotificationLine(NotificationGroup group, String excerpt, Runnable opened) {
    super(target(group), "");
    addClassName("notification-line");
    getStyle().set("display", "block").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-m)").set("color", "var(--lumo-body-text-color)")
        .set("text-decoration", "none").set("max-width", "100%").set("overflow", "hidden").set("box-sizing", "border-box");
    Span text = new Span(summary(group, getLocale()));
    text.addClassName("notification-summary");
    if (group.unread() > 0) {
      text.getStyle().set("font-weight", "600");
      addClassName("unread");
    }
    Span when = new Span(" · " + Times.relative(group.at(), getLocale()));
    when.setTitle(Times.exact(group.at(), getLocale()));
    when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    add(text, when);
    if (excerpt != null) {
      Div quote = new Div(excerpt);
      quote.addClassName("notification-excerpt");
      quote.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
          .set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap");
      add(quote);
    }
    // Marked read when followed; the router then opens the target.
    getElement().addEventListener("click", e -> opened.run());
  }

  /**
   * Where a notification leads: the event its item stands for or the survey it is about, the post
   * (or comment), else the community, else the person.
   */
  static String target(NotificationGroup group) {
    if (group.objectRef() != null && group.objectRef().startsWith("event:")) {
      return "events/" + group.objectRef().substring("event:".length());
    }
    if (group.objectRef() != null && group.objectRef().startsWith("survey:")) {
      return "surveys/" + group.objectRef().substring("survey:".length());
    }
    if (group.objectRef() != null && group.objectRef().startsWith("person:")) {
      return "people/" + group.objectRef().substring("person:".length()); // a buddy's newcomer
    }
    if (group.type() == org.agora.activity.entity.NotificationType.ANNOUNCEMENT_REMINDER && group.activityId() != null) {
      return "announcements/post/" + group.activityId(); // where "Read and understood" is
    }
    if (group.activityId() != null) {
      return "posts/" + group.activityId();
    }
    if (group.communityId() != null) {
      return "communities/" + group.communityId();
    }
    return group.actors().isEmpty() ? "notifications" : "people/" + group.actors().get(0).id();
  }

  /** "Anna and 3 others reacted to your post", in the UI's language (German verbs agree with the count). */
  static String summary(NotificationGroup group, Locale locale) {
    String who = group.actors().isEmpty() ? Texts.t(locale, "bell.someone") : group.actors().get(0).displayName();
    if (group.count() == 2) {
      who = Texts.t(locale, "bell.andOther", who);
    } else if (group.count() > 2) {
      who = Texts.t(locale, "bell.andOthers", who, group.count() - 1);
    }
    return Texts.t(locale, "bell.type." + group.type().name().toLowerCase(Locale.ROOT), who, group.count());
  }
}
