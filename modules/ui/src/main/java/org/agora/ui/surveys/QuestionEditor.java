package org.agora.ui.surveys;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.agora.surveys.boundary.QuestionRequest;
import org.agora.surveys.entity.QuestionKind;
import org.agora.ui.layout.Texts;

/**
 * One question of a survey being written: its kind, its text, a scale's end labels or a choice's
 * options (one a line) and whether several may be chosen, and a button that removes it.
 */
class QuestionEditor extends VerticalLayout {

  private final H4 heading = new H4();
  private final Select<QuestionKind> kind = new Select<>();
  private final TextField text = new TextField(Texts.t("surveys.field.question"));
  private final TextField lowLabel = new TextField(Texts.t("surveys.field.lowLabel"));
  private final TextField highLabel = new TextField(Texts.t("surveys.field.highLabel"));
  private final TextArea options = new TextArea(Texts.t("surveys.field.options"));
  private final Checkbox multiple = new Checkbox(Texts.t("surveys.field.multiple"));
  private final HorizontalLayout labels = new HorizontalLayout(lowLabel, highLabel);

  /** A new question, a scale to begin with; {@code remove} takes it out of the survey. */
  QuestionEditor(Consumer<QuestionEditor> remove) {
    addClassName("question-editor");
    setPadding(false);
    setSpacing(false);
    getElement().setAttribute("role", "group");
    getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-m)")
        .set("box-sizing", "border-box");
    heading.getStyle().set("margin", "0");
    Button removeButton = new Button(Texts.t("surveys.removeQuestion"), VaadinIcon.TRASH.create(), e -> remove.accept(this));
    removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    HorizontalLayout top = new HorizontalLayout(heading, removeButton);
    top.setAlignItems(FlexComponent.Alignment.BASELINE);
    top.getStyle().set("flex-wrap", "wrap");
    kind.setLabel(Texts.t("surveys.field.kind"));
    kind.setItems(QuestionKind.values());
    kind.setItemLabelGenerator(k -> Texts.t("surveys.kind." + k.name().toLowerCase(Locale.ROOT)));
    kind.setValue(QuestionKind.SCALE);
    kind.addValueChangeListener(e -> shown(e.getValue()));
    text.setMaxLength(500);
    text.setRequired(true);
    text.setWidthFull();
    lowLabel.setMaxLength(100);
    lowLabel.setPlaceholder(Texts.t("surveys.field.lowPlaceholder"));
    highLabel.setMaxLength(100);
    highLabel.setPlaceholder(Texts.t("surveys.field.highPlaceholder"));
    labels.getStyle().set("flex-wrap", "wrap");
    options.setHelperText(Texts.t("surveys.field.optionsHelp"));
    options.setWidthFull();
    add(top, kind, text, labels, options, multiple);
    shown(QuestionKind.SCALE);
  }

  /** "Question 2", also the group's name for screen readers. */
  void number(int number) {
    heading.setText(Texts.t("surveys.questionNumber", number));
    getElement().setAttribute("aria-label", heading.getText());
  }

  private void shown(QuestionKind chosen) {
    labels.setVisible(chosen == QuestionKind.SCALE);
    options.setVisible(chosen == QuestionKind.CHOICE);
    multiple.setVisible(chosen == QuestionKind.CHOICE);
  }

  /** The question as the service takes it; marks what is missing and answers null then. */
  QuestionRequest request() {
    text.setInvalid(false);
    options.setInvalid(false);
    if (text.getValue().isBlank()) {
      text.setErrorMessage(Texts.t("surveys.error.question"));
      text.setInvalid(true);
      return null;
    }
    QuestionRequest request = new QuestionRequest(kind.getValue().name(), text.getValue().strip());
    switch (kind.getValue()) {
      case SCALE -> {
        request.lowLabel = blankAsNull(lowLabel.getValue());
        request.highLabel = blankAsNull(highLabel.getValue());
      }
      case CHOICE -> {
        List<String> lines = Arrays.stream(options.getValue().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        long different = lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).distinct().count();
        if (lines.size() < 2 || lines.size() > 10 || different < lines.size()) {
          options.setErrorMessage(Texts.t("surveys.error.options"));
          options.setInvalid(true);
          return null;
        }
        request.options = lines;
        request.multiple = multiple.getValue();
      }
      case TEXT -> { }
    }
    return request;
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
