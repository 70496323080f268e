package org.agora.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.agora.insights.entity.ReportReason;
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
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Texts;

/** One stream item: who, where, when, what they wrote (already sanitized HTML) and its counts. */
public class FeedCard extends VerticalLayout {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

  public FeedCard(FeedItem item) {
    this(item, null);
  }

  /** A card with like, comment and report buttons when {@code actions} is given. */
  public FeedCard(FeedItem item, FeedActions actions) {
    addClassName("feed-card");
    setSpacing(false);
    getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-m)").set("background", "var(--lumo-base-color)");
    HorizontalLayout header = new HorizontalLayout(MainLayout.avatar(item.actor().displayName(), item.actor().avatarUrl()),
        person(item.actor()), new Span(verb(item)));
    header.setAlignItems(Alignment.CENTER);
    if (item.community() != null) {
      header.add(new Span(getTranslation("feed.in")), new Anchor("communities/" + item.community().id(), item.community().name()));
    }
    Span when = new Span(WHEN.withLocale(getLocale()).format(item.createdAt()) + (item.edited() ? " · " + getTranslation("feed.edited") : ""));
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
      Span counts = new Span(getTranslation("feed.counts", item.reactionCount(), item.comments(), item.shares())
          + (item.question() ? " · " + getTranslation(item.acceptedAnswerId() != null ? "feed.answered" : "feed.question") : ""));
      counts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
      add(counts);
      if (actions != null) {
        add(actionBar(item, actions));
      }
    }
  }

  private Component actionBar(FeedItem item, FeedActions actions) {
    boolean[] liked = {"LIKE".equals(item.myReaction())};
    Button like = new Button(getTranslation(liked[0] ? "feed.liked" : "feed.like"), VaadinIcon.THUMBS_UP.create());
    like.addClickListener(e -> {
      liked[0] = actions.toggleLike(item.id(), liked[0]);
      like.setText(getTranslation(liked[0] ? "feed.liked" : "feed.like"));
    });
    TextField reply = new TextField();
    reply.setPlaceholder(getTranslation("feed.comment.placeholder"));
    reply.setAriaLabel(getTranslation("feed.comment"));
    reply.setMaxLength(10_000);
    reply.setVisible(false);
    Button send = new Button(getTranslation("feed.send"), e -> {
      if (!reply.getValue().isBlank() && actions.comment(item.parentId() != null ? item.parentId() : item.id(), reply.getValue())) {
        reply.clear();
        Notification.show(getTranslation("feed.commented"), 2000, Notification.Position.BOTTOM_START);
      }
    });
    send.setVisible(false);
    Button comment = new Button(getTranslation("feed.comment"), VaadinIcon.COMMENT_O.create(), e -> {
      reply.setVisible(true);
      send.setVisible(true);
      reply.focus();
    });
    HorizontalLayout bar = new HorizontalLayout(like, comment);
    if (item.actor().id() != actions.me()) {
      Button report = new Button(getTranslation("feed.report"), VaadinIcon.FLAG_O.create(), e -> reportDialog(item, actions).open());
      report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      bar.add(report);
    }
    like.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    comment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    VerticalLayout box = new VerticalLayout(bar, new HorizontalLayout(reply, send));
    box.setPadding(false);
    box.setSpacing(false);
    return box;
  }

  private static Dialog reportDialog(FeedItem item, FeedActions actions) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(Texts.t("report.title"));
    Select<ReportReason> reason = new Select<>();
    reason.setLabel(Texts.t("report.reason"));
    reason.setItems(ReportReason.values());
    reason.setItemLabelGenerator(r -> Texts.t("report.reason." + r.name().toLowerCase(java.util.Locale.ROOT)));
    reason.setValue(ReportReason.OTHER);
    TextArea note = new TextArea(Texts.t("report.note"));
    note.setMaxLength(1000);
    dialog.add(new VerticalLayout(reason, note));
    dialog.getFooter().add(new Button(Texts.t("common.cancel"), e -> dialog.close()), new Button(Texts.t("feed.report"), e -> {
      if (actions.report(item.id(), item.parentId() != null, reason.getValue(), note.getValue())) {
        Notification.show(Texts.t("report.thanks"), 3000, Notification.Position.BOTTOM_START);
        dialog.close();
      }
    }));
    return dialog;
  }

  private static Anchor person(FeedItem.PersonRef person) {
    Anchor link = new Anchor("people/" + person.id(), person.displayName());
    link.getStyle().set("font-weight", "600");
    return link;
  }

  private static String verb(FeedItem item) {
    return switch (item.type()) {
      case POST -> Texts.t(item.question() ? "feed.verb.asked" : "feed.verb.posted");
      case COMMENT -> Texts.t("feed.verb.commented");
      case SHARE -> Texts.t("feed.verb.shared");
      case JOINED -> Texts.t("feed.verb.joined");
      case FOLLOWED -> Texts.t("feed.verb.followed", target(item));
      case ENDORSED -> Texts.t("feed.verb.endorsed", target(item), item.objectRef());
      case BOOKMARKED -> Texts.t("feed.verb.bookmarked");
    };
  }

  private static String target(FeedItem item) {
    return item.target() == null ? Texts.t("feed.someone") : item.target().displayName();
  }

  /** A list's empty, loading or error message, in place of its items. */
  public static Div empty(String text) {
    Div empty = new Div(new Span(text));
    empty.getStyle().set("color", "var(--lumo-secondary-text-color)").set("padding", "var(--lumo-space-l)");
    empty.getElement().setAttribute("role", "status");
    return empty;
  }
}
