package org.agora.ui.home;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.agora.activity.entity.FeedItem;

/** One stream item: who, where, when, what they wrote (already sanitized HTML) and its counts. */
class FeedCard extends VerticalLayout {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

  FeedCard(FeedItem item) {
    addClassName("feed-card");
    setSpacing(false);
    getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-m)").set("background", "var(--lumo-base-color)");
    HorizontalLayout header = new HorizontalLayout(person(item.actor()), new Span(verb(item)));
    if (item.community() != null) {
      header.add(new Span("in"), new Anchor("communities/" + item.community().id(), item.community().name()));
    }
    Span when = new Span(WHEN.format(item.createdAt()) + (item.edited() ? " · edited" : ""));
    when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    add(header, when);
    if (item.html() != null) {
      add(new Html("<div class=\"feed-text\">" + item.html() + "</div>"));
    }
    if (item.shared() != null) {
      FeedCard original = new FeedCard(item.shared());
      original.getStyle().set("background", "var(--lumo-contrast-5pct)");
      add(original);
    }
    if (item.type().isAuthored()) {
      Span counts = new Span(item.reactionCount() + " reactions · " + item.comments() + " comments · " + item.shares() + " shares"
          + (item.question() ? (item.acceptedAnswerId() != null ? " · answered" : " · question") : ""));
      counts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
      add(counts);
    }
  }

  private static Anchor person(FeedItem.PersonRef person) {
    Anchor link = new Anchor("people/" + person.id(), person.displayName());
    link.getStyle().set("font-weight", "600");
    return link;
  }

  private static String verb(FeedItem item) {
    return switch (item.type()) {
      case POST -> item.question() ? "asked" : "posted";
      case COMMENT -> "commented";
      case SHARE -> "shared";
      case JOINED -> "joined";
      case FOLLOWED -> "started following " + (item.target() == null ? "someone" : item.target().displayName());
      case ENDORSED -> "endorsed " + (item.target() == null ? "someone" : item.target().displayName()) + " for " + item.objectRef();
      case BOOKMARKED -> "bookmarked";
    };
  }

  static Div empty(String text) {
    Div empty = new Div(new Span(text));
    empty.getStyle().set("color", "var(--lumo-secondary-text-color)").set("padding", "var(--lumo-space-l)");
    return empty;
  }
}
