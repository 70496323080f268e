package org.agora.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.agora.activity.entity.ActivityType;
import org.agora.activity.entity.FeedItem;
import org.agora.bookmarks.entity.BookmarkView;
import org.agora.events.entity.EventView;
import org.agora.governance.entity.ReportReason;
import org.agora.ui.layout.EventTimes;
import org.agora.ui.layout.ExternalLink;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Texts;
import org.agora.ui.layout.Times;
import org.agora.ui.privacy.FormerColleague;

/**
 * One stream item: who, where, when (a link to the item's own page), what they wrote (already
 * sanitized HTML), its counts and, with actions, like, comment and report and the thread.
 */
public class FeedCard extends VerticalLayout {

  private final Span counts = new Span();
  private CommentThread thread;
  private PollPanel poll;
  private int reactions;
  private int comments;

  public FeedCard(FeedItem item) {
    this(item, null, List.of());
  }

  /**
   * A card with like, comment and report buttons when {@code actions} is given, and under it the
   * thread: the {@code latest} comments, or the whole thread when {@code latest} is null.
   */
  public FeedCard(FeedItem item, FeedActions actions, List<FeedItem> latest) {
    addClassName("feed-card");
    setSpacing(false);
    getElement().setAttribute("role", "article");
    getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-m)").set("background", "var(--lumo-base-color)");
    HorizontalLayout header = new HorizontalLayout(MainLayout.avatar(item.actor().displayName(), item.actor().avatarUrl()),
        person(item.actor()), new Span(verb(item)));
    header.setAlignItems(Alignment.CENTER);
    header.getStyle().set("flex-wrap", "wrap");
    if (item.community() != null) {
      header.add(new Span(getTranslation("feed.in")), new Anchor("communities/" + item.community().id(), item.community().name()));
    }
    Anchor when = new Anchor("posts/" + item.id(), Times.relative(item.createdAt(), getLocale())
        + (item.edited() ? " · " + getTranslation("feed.edited") : ""));
    when.addClassName("feed-time");
    when.setTitle(Times.exact(item.createdAt(), getLocale()));
    when.getElement().setAttribute("aria-label", getTranslation("feed.permalink") + ", " + Times.exact(item.createdAt(), getLocale()));
    when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    add(header, when);
    if (item.html() != null) {
      add(new Html("<div class=\"feed-text\">" + item.html() + "</div>"));
    }
    if (item.poll() != null && actions != null) {
      poll = new PollPanel(item.id(), item.poll(), actions);
      add(poll);
    }
    if (item.type() == ActivityType.BOOKMARKED && actions != null) {
      actions.bookmark(item.objectRef()).ifPresent(b -> add(bookmark(b)));
    }
    if (item.type() == ActivityType.SCHEDULED && actions != null) {
      actions.event(item.objectRef()).ifPresent(e -> add(event(e)));
    }
    if (item.shared() != null) {
      FeedCard original = new FeedCard(item.shared());
      original.getStyle().set("background", "var(--lumo-contrast-5pct)");
      if (item.shared().poll() != null && actions != null) {
        // A shared poll is voted on where it is shared, as on the original.
        original.add(new PollPanel(item.shared().id(), item.shared().poll(), actions));
      }
      add(original);
    }
    if (item.type().isAuthored()) {
      reactions = item.reactionCount();
      comments = item.comments();
      counts.addClassName("feed-counts");
      counts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
      showCounts(item);
      add(counts);
      if (actions != null) {
        thread = new CommentThread(item, latest, actions, n -> {
          comments = n;
          showCounts(item);
        });
        add(actionBar(item, actions, thread), thread);
        followLive(item, actions);
      }
    }
  }

  /**
   * While the card is on screen, what others do to the post shows at once: a new comment appears
   * at the end of the thread and the counts follow, as do the counts after a reaction and a poll's
   * results after a vote.
   */
  private void followLive(FeedItem item, FeedActions actions) {
    actions.whileShown(this, (ui, bus) -> {
      CardChange change = CardChange.of(bus, item.id(), actions.me());
      if (change != CardChange.NONE) {
        ui.access(() -> {
          try {
            FeedItem fresh = actions.thread(item.id()).post();
            reactions = fresh.reactionCount();
            comments = fresh.comments();
            showCounts(item);
            if (change == CardChange.COMMENTED) {
              thread.showNewer();
            }
            if (change == CardChange.VOTED && poll != null && fresh.poll() != null) {
              poll.update(fresh.poll());
            }
          } catch (RuntimeException gone) {
            // the post was deleted or hidden meanwhile; the card stays as it was
          }
        });
      }
    });
  }

  /** On the post's page: loads the thread as far as the comment a link pointed at. */
  void revealComment(long commentId) {
    if (thread != null) {
      thread.revealUpTo(commentId);
    }
  }

  /** What was saved: the page's title as a link, its site and tags. */
  private static Div bookmark(BookmarkView b) {
    Div saved = new Div(ExternalLink.to(b.url(), b.title()));
    saved.addClassName("feed-bookmark");
    saved.getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-s)")
        .set("overflow-wrap", "anywhere");
    Span site = new Span(b.host() + (b.tags().isEmpty() ? "" : " · " + String.join(", ", b.tags())) + " · ");
    site.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    site.add(new Anchor("bookmarks/" + b.id(), Texts.t("bookmark.details")));
    saved.add(site);
    return saved;
  }

  /** What was scheduled: the title as a link to the event's page, when and where, or that it was cancelled. */
  private Div event(EventView e) {
    Div scheduled = new Div(new Anchor("events/" + e.id(), e.title()));
    scheduled.addClassName("feed-event");
    scheduled.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)").set("padding-left", "var(--lumo-space-s)")
        .set("overflow-wrap", "anywhere");
    String facts = e.cancelledAt() != null
        ? getTranslation("events.cancelled")
        : EventTimes.range(e.startsAt(), e.endsAt(), Times.zone(), getLocale())
            + (e.recurrence() != null ? " · " + getTranslation("feed.event.repeats") : "")
            + (e.location() != null ? " · " + e.location() : "")
            + (e.onlineUrl() != null ? " · " + getTranslation("events.online") : "");
    Span when = new Span(facts);
    when.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    scheduled.add(when);
    return scheduled;
  }

  private void showCounts(FeedItem item) {
    counts.setText(getTranslation("feed.counts", reactions, comments, item.shares())
        + (item.question() ? " · " + getTranslation(item.acceptedAnswerId() != null ? "feed.answered" : "feed.question") : ""));
  }

  private Component actionBar(FeedItem item, FeedActions actions, CommentThread thread) {
    boolean[] liked = {"LIKE".equals(item.myReaction())};
    Button like = new Button(getTranslation(liked[0] ? "feed.liked" : "feed.like"), VaadinIcon.THUMBS_UP.create());
    like.getElement().setAttribute("aria-pressed", String.valueOf(liked[0]));
    like.addClickListener(e -> {
      boolean before = liked[0];
      liked[0] = actions.toggleLike(item.id(), liked[0]);
      if (before != liked[0]) {
        reactions += liked[0] ? 1 : -1;
        showCounts(item);
      }
      like.setText(getTranslation(liked[0] ? "feed.liked" : "feed.like"));
      like.getElement().setAttribute("aria-pressed", String.valueOf(liked[0]));
    });
    Button comment = new Button(getTranslation("feed.comment"), VaadinIcon.COMMENT_O.create(), e -> thread.focusReply());
    HorizontalLayout bar = new HorizontalLayout(like, comment);
    bar.getStyle().set("flex-wrap", "wrap");
    if (item.actor().id() != actions.me()) {
      Button report = new Button(getTranslation("feed.report"), VaadinIcon.FLAG_O.create(), e -> reportDialog(item, actions).open());
      report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      bar.add(report);
    }
    like.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    comment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return bar;
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
    Anchor link = new Anchor("people/" + person.id(), FormerColleague.shown(person.displayName()));
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
      case SCHEDULED -> Texts.t("feed.verb.scheduled");
    };
  }

  private static String target(FeedItem item) {
    return item.target() == null ? Texts.t("feed.someone") : FormerColleague.shown(item.target().displayName());
  }

  /** A list's empty, loading or error message, in place of its items. */
  public static Div empty(String text) {
    Div empty = new Div(new Span(text));
    empty.getStyle().set("color", "var(--lumo-secondary-text-color)").set("padding", "var(--lumo-space-l)");
    empty.getElement().setAttribute("role", "status");
    return empty;
  }
}
