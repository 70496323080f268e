package org.agora.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.IntConsumer;
import org.agora.activity.entity.FeedItem;
import org.agora.platform.boundary.Page;

/**
 * The comments under a post: in a feed its newest few and "show all N comments"; on the post's
 * own page the whole thread, a page at a time. The reply field sends with Enter; what was just
 * written (and anything others wrote meanwhile) appears at the end at once.
 */
class CommentThread extends VerticalLayout {

  private final FeedItem post;
  private final FeedActions actions;
  private final IntConsumer countChanged;
  private final Div list = new Div();
  private final Button showAll = new Button();
  private final Button more = new Button();
  private final Component replyOpener;
  private ReplyBox reply;
  private Long acceptedId;
  private long lastShown;
  private int count;
  private String next;

  /**
   * {@code latest}: the newest comments to show first (a feed); null: the whole thread from its
   * start (the post's page). {@code countChanged} hears the new comment count after a reply.
   */
  CommentThread(FeedItem post, List<FeedItem> latest, FeedActions actions, IntConsumer countChanged) {
    this.post = post;
    this.actions = actions;
    this.countChanged = countChanged;
    this.acceptedId = post.acceptedAnswerId();
    this.count = post.comments();
    addClassName("thread");
    setPadding(false);
    setSpacing(false);
    list.addClassName("comments");
    list.setWidthFull();
    showAll.addClassName("show-all-comments");
    showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    showAll.addClickListener(e -> fromStart());
    more.setText(getTranslation("thread.more"));
    more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    more.addClickListener(e -> loadAfter(lastShown));
    more.setVisible(false);
    replyOpener = replyOpener();
    add(showAll, list, more, replyOpener);
    if (latest == null) {
      fromStart();
      openReply(); // on the post's own page people come to reply: the field is there at once
    } else {
      latest.forEach(this::show);
      showAll.setText(getTranslation("thread.showAll", count));
      showAll.setVisible(count > latest.size());
    }
  }

  /** Loads further pages until the comment is shown (a comment's permalink deep in a thread). */
  void revealUpTo(long commentId) {
    while (next != null && lastShown < commentId) {
      loadAfter(lastShown);
    }
  }

  /** Adds what others wrote after the last comment shown (a live update). */
  void showNewer() {
    loadAfter(lastShown);
  }

  void focusReply() {
    openReply();
    reply.focus();
  }

  private void openReply() {
    if (reply == null) {
      reply = new ReplyBox(getTranslation("thread.reply.label", post.actor().displayName()), actions, this::send);
      replace(replyOpener, reply);
    }
  }

  /**
   * Until someone wants to reply, a plain button that looks like the reply field stands in its
   * place: a feed of 20 cards would otherwise draw 20 text areas with their completion lists
   * before the reader sees the first card. A click, a tap or Enter on it opens the real field.
   */
  private Component replyOpener() {
    NativeButton opener = new NativeButton(getTranslation("feed.comment.placeholder"), e -> focusReply());
    opener.addClassName("reply-open");
    // The name starts with the visible text (WCAG 2.5.3) and says whom the reply goes to.
    opener.getElement().setAttribute("aria-label", getTranslation("feed.comment.placeholder") + " – "
        + getTranslation("thread.reply.label", post.actor().displayName()));
    opener.getStyle().set("width", "100%").set("text-align", "start").set("cursor", "text")
        .set("font", "inherit").set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
        .set("background", "var(--lumo-contrast-10pct)").set("border", "none")
        .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("margin-top", "var(--lumo-space-xs)");
    return opener;
  }

  /** Drops what is shown and reads the thread from its first comment. */
  private void fromStart() {
    list.removeAll();
    lastShown = 0;
    showAll.setVisible(false);
    loadAfter(0);
  }

  private void loadAfter(long afterId) {
    try {
      Page<FeedItem> page = actions.commentsAfter(post.id(), afterId);
      page.items().forEach(this::show);
      next = page.next();
      more.setVisible(next != null);
    } catch (RuntimeException e) {
      Notification.show(getTranslation("thread.error"), 4000, Notification.Position.MIDDLE);
    }
  }

  private void show(FeedItem comment) {
    boolean accepted = acceptedId != null && acceptedId == comment.id();
    boolean mayAccept = post.question() && acceptedId == null && post.actor().id() == actions.me()
        && comment.actor().id() != actions.me();
    list.add(new CommentView(comment, accepted, mayAccept ? () -> accept(comment) : null));
    lastShown = Math.max(lastShown, comment.id());
  }

  private boolean send(String text) {
    Long id = actions.comment(post.id(), text);
    if (id == null) {
      return false;
    }
    count++;
    countChanged.accept(count);
    // Everything after the last comment shown: mine, and whatever others wrote meanwhile.
    while (true) {
      loadAfter(lastShown);
      if (next == null || lastShown >= id) {
        break;
      }
    }
    return true;
  }

  private void accept(FeedItem comment) {
    if (actions.acceptAnswer(post.id(), comment.id())) {
      acceptedId = comment.id();
      Notification.show(getTranslation("thread.accepted.done"), 2500, Notification.Position.BOTTOM_START);
      long keep = lastShown;
      list.removeAll();
      lastShown = 0;
      loadAfter(0);
      while (next != null && lastShown < keep) {
        loadAfter(lastShown);
      }
    }
  }
}
