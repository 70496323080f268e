package org.agora.ui.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Function;
import org.agora.events.entity.Answer;
import org.agora.events.entity.MyAnswer;
import org.agora.ui.layout.Texts;

/**
 * "Going", "Maybe", "Can't go" for one occurrence, the reader's answer pressed; a YES beyond the
 * capacity reads "On the waiting list". {@code answer} sends an answer and gives back the new one
 * (null when refused: the reader was told why).
 */
class RsvpButtons extends HorizontalLayout {

  private final Function<Answer, MyAnswer> answer;
  private final Span state = new Span();

  RsvpButtons(MyAnswer mine, Function<Answer, MyAnswer> answer) {
    this.answer = answer;
    addClassName("rsvp");
    getStyle().set("flex-wrap", "wrap");
    setAlignItems(Alignment.BASELINE);
    show(mine);
  }

  private void show(MyAnswer mine) {
    removeAll();
    for (Answer option : Answer.values()) {
      Button button = new Button(Texts.t("events.answer." + option.name().toLowerCase(java.util.Locale.ROOT)));
      boolean chosen = mine != null && mine.answer() == option;
      button.addThemeVariants(ButtonVariant.LUMO_SMALL, chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
      button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
      button.addClickListener(e -> {
        MyAnswer now = answer.apply(option);
        if (now != null) {
          show(now);
        }
      });
      add(button);
    }
    state.addClassName("rsvp-state");
    state.setText(mine != null && mine.waitlisted() ? Texts.t("events.waitlisted") : "");
    state.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    add(state);
  }
}
