package org.agora.ui.home;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.agora.activity.entity.FeedItem;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Times;

/**
 * One comment in a thread: who, when (a link to the comment itself), the text, and on a question
 * the accepted-answer mark or, for the asker, the button to accept it.
 */
class CommentView extends Div {

  /** The element id a comment's permalink scrolls to. */
  static String anchorOf(long commentId) {
    return "comment-" + commentId;
  }

  CommentView(FeedItem comment, boolean accepted, Runnable accept) {
    addClassName("comment");
    setId(anchorOf(comment.id()));
    getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-xs) 0");
    Div body = new Div();
    body.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("min-width", "0").set("flex", "1");
    Anchor author = new Anchor("people/" + comment.actor().id(), comment.actor().displayName());
    author.getStyle().set("font-weight", "600");
    Anchor when = new Anchor("posts/" + comment.id(), Times.relative(comment.createdAt(), getLocale()));
    when.addClassName("comment-time");
    when.setTitle(Times.exact(comment.createdAt(), getLocale()));
    when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
        .set("margin-left", "var(--lumo-space-s)");
    Div head = new Div(author, when);
    if (accepted) {
      Span mark = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("thread.accepted")));
      mark.addClassName("accepted-answer");
      mark.getElement().getThemeList().add("badge success");
      mark.getStyle().set("margin-left", "var(--lumo-space-s)");
      head.add(mark);
    }
    body.add(head);
    if (comment.html() != null) {
      body.add(new Html("<div class=\"comment-text\">" + comment.html() + "</div>"));
    }
    if (accept != null) {
      Button button = new Button(getTranslation("thread.accept"), VaadinIcon.CHECK.create(), e -> accept.run());
      button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      body.add(button);
    }
    add(MainLayout.avatar(comment.actor().displayName(), comment.actor().avatarUrl()), body);
  }
}
