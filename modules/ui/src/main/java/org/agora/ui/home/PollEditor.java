package org.agora.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.activity.boundary.PollRequest;
import org.agora.ui.layout.Times;

/**
 * The poll part of a post being written, behind an "Add a poll" button: two answers to begin with
 * (up to ten), several answers or one, anonymous or named, and an optional closing time. Blank
 * answers are left out; the service refuses fewer than two with a message the app translates.
 */
public class PollEditor extends VerticalLayout {

  private final Button toggle = new Button();
  private final VerticalLayout form = new VerticalLayout();
  private final VerticalLayout answers = new VerticalLayout();
  private final List<TextField> options = new ArrayList<>();
  private final Button addOption = new Button();
  private final Checkbox multiple = new Checkbox();
  private final Checkbox anonymous = new Checkbox();
  private final DateTimePicker closesAt = new DateTimePicker();

  public PollEditor() {
    setPadding(false);
    setSpacing(false);
    addClassName("poll-editor");
    toggle.setIcon(VaadinIcon.BAR_CHART_H.create());
    toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    toggle.addClickListener(e -> setOpen(!form.isVisible()));
    form.setPadding(false);
    answers.setPadding(false);
    answers.setSpacing(false);
    addOption.setText(getTranslation("poll.addOption"));
    addOption.setIcon(VaadinIcon.PLUS.create());
    addOption.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    addOption.addClickListener(e -> addAnswer().focus());
    multiple.setLabel(getTranslation("poll.multiple"));
    anonymous.setLabel(getTranslation("poll.anonymous"));
    closesAt.setLabel(getTranslation("poll.closesAt"));
    closesAt.setLocale(getLocale());
    form.add(answers, addOption, multiple, anonymous, closesAt);
    form.setAlignItems(FlexComponent.Alignment.START);
    add(toggle, form);
    clear();
  }

  /** The poll to post with the text, when the writer added one. */
  public Optional<PollRequest> value() {
    if (!form.isVisible()) {
      return Optional.empty();
    }
    List<String> texts = options.stream().map(TextField::getValue).map(String::strip).filter(t -> !t.isEmpty()).toList();
    return Optional.of(new PollRequest(texts, multiple.getValue(),
        closesAt.getValue() == null ? null : closesAt.getValue().atZone(Times.zone()).toOffsetDateTime(),
        anonymous.getValue()));
  }

  /** Back to no poll, with two empty answers ready. */
  public void clear() {
    options.clear();
    answers.removeAll();
    addAnswer();
    addAnswer();
    multiple.clear();
    anonymous.clear();
    closesAt.clear();
    setOpen(false);
  }

  private void setOpen(boolean open) {
    form.setVisible(open);
    toggle.setText(getTranslation(open ? "poll.remove" : "poll.add"));
    toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
  }

  private TextField addAnswer() {
    TextField answer = new TextField(getTranslation("poll.option", options.size() + 1));
    answer.setMaxLength(PollRequest.MAX_OPTION_TEXT);
    answer.setWidthFull();
    answer.addClassName("poll-option-input");
    options.add(answer);
    answers.add(answer);
    addOption.setVisible(options.size() < PollRequest.MAX_OPTIONS);
    return answer;
  }
}
