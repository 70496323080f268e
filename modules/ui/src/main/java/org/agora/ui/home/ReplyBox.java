package org.agora.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import org.agora.activity.boundary.CommentRequest;

/**
 * The reply field under a post: Enter sends, Shift+Enter starts a new line, @mentions and #tags
 * are completed as in the composer; "Send" is enabled once there is text.
 */
class ReplyBox extends VerticalLayout {

  /** Sends the text; answers whether it went through (then the field empties). */
  private final Predicate<String> send;
  private final TextArea text = new TextArea();
  private final Completions completions;

  ReplyBox(String label, FeedActions actions, Predicate<String> send) {
    this.send = send;
    addClassName("reply-box");
    setPadding(false);
    setSpacing(false);
    text.addClassName("reply");
    text.setAriaLabel(label);
    text.setPlaceholder(getTranslation("feed.comment.placeholder"));
    text.setHelperText(getTranslation("thread.reply.hint"));
    text.setMaxLength(CommentRequest.MAX_TEXT);
    text.setMinRows(1);
    text.setWidthFull();
    completions = actions.completions(text);
    Button button = new Button(getTranslation("feed.send"), e -> sendText(text.getValue()));
    button.addClassName("reply-send");
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    button.setEnabled(false);
    text.addValueChangeListener(e -> button.setEnabled(!e.getValue().isBlank()));
    // Enter sends what is in the field at that moment (the value travels with the event, so a
    // value not yet synchronised is not lost); Shift+Enter and IME composition insert a new line.
    text.getElement().executeJs("""
        this.addEventListener('keydown', e => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            this.dispatchEvent(new CustomEvent('agora-send', {detail: this.value}));
          }
        });""");
    text.getElement().addEventListener("agora-send", e -> sendText(e.getEventDetail(String.class))).addEventDetail();
    HorizontalLayout row = new HorizontalLayout(text, button);
    row.setWidthFull();
    row.setAlignItems(Alignment.START);
    row.expand(text);
    add(row, completions);
  }

  void focus() {
    text.focus();
  }

  private void sendText(String value) {
    if (value != null && !value.isBlank() && send.test(value)) {
      text.clear();
      completions.close();
    }
  }
}
