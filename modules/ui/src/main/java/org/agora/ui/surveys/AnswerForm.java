package org.agora.ui.surveys;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agora.surveys.boundary.AnswerRequest;
import org.agora.surveys.boundary.ResponseRequest;
import org.agora.surveys.entity.Answer;
import org.agora.surveys.entity.Question;
import org.agora.surveys.entity.SurveyView;
import org.agora.ui.layout.Texts;

/**
 * A survey's questions to answer: a scale as the points 1 to 5 with its end labels, a choice as
 * radio buttons or checkboxes, free text in a text area; the reader's earlier answers filled in.
 * Scales and choices must be answered, free text may stay empty.
 */
class AnswerForm extends VerticalLayout {

  /** An empty free text: nothing to send. */
  private static final AnswerRequest SKIPPED = new AnswerRequest();

  private final List<Supplier<AnswerRequest>> answers = new ArrayList<>();

  /** {@code send} gets the answers and tells whether they were saved. */
  AnswerForm(SurveyView survey, Predicate<ResponseRequest> send) {
    addClassName("survey-form");
    setPadding(false);
    Map<Integer, Answer> mine = survey.myAnswers() == null ? Map.of()
        : survey.myAnswers().stream().collect(Collectors.toMap(Answer::question, a -> a, (a, b) -> a));
    for (Question question : survey.questions()) {
      add(field(question, mine.get(question.number())));
    }
    Button submit = new Button(Texts.t(survey.answered() ? "surveys.saveChanges" : "surveys.submit"), e -> {
      List<AnswerRequest> given = answers.stream().map(Supplier::get).toList();
      if (!given.contains(null)) {
        send.test(new ResponseRequest(given.stream().filter(a -> a != SKIPPED).toList()));
      }
    });
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(submit);
  }

  private Component field(Question question, Answer earlier) {
    String label = question.number() + ". " + question.text();
    int number = question.number();
    Component field = switch (question.kind()) {
      case SCALE -> {
        RadioButtonGroup<Integer> scale = new RadioButtonGroup<>(label, IntStream.rangeClosed(1, 5).boxed().toList());
        scale.setItemLabelGenerator(point -> SurveyTexts.point(point, question));
        scale.setRequiredIndicatorVisible(true);
        if (earlier != null) scale.setValue(earlier.scale());
        answers.add(() -> required(scale, scale.getValue() == null, () -> new AnswerRequest(number, scale.getValue(), null, null)));
        yield scale;
      }
      case CHOICE -> question.multiple() ? several(question, label, earlier) : one(question, label, earlier);
      case TEXT -> {
        TextArea text = new TextArea(label);
        text.setMaxLength(5000);
        text.setWidthFull();
        if (earlier != null && earlier.text() != null) text.setValue(earlier.text());
        answers.add(() -> text.getValue().isBlank() ? SKIPPED : new AnswerRequest(number, null, null, text.getValue().strip()));
        yield text;
      }
    };
    field.addClassNames("survey-question", "survey-question-" + number);
    return field;
  }

  private Component one(Question question, String label, Answer earlier) {
    RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(label, options(question));
    choice.setItemLabelGenerator(o -> question.options().get(o - 1));
    choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    choice.setRequiredIndicatorVisible(true);
    if (earlier != null && earlier.choices() != null && !earlier.choices().isEmpty()) choice.setValue(earlier.choices().getFirst());
    answers.add(() -> required(choice, choice.getValue() == null,
        () -> new AnswerRequest(question.number(), null, List.of(choice.getValue()), null)));
    return choice;
  }

  private Component several(Question question, String label, Answer earlier) {
    CheckboxGroup<Integer> choice = new CheckboxGroup<>(label, options(question));
    choice.setItemLabelGenerator(o -> question.options().get(o - 1));
    choice.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    // "Choose one or more" says it is required: aria-required is not allowed on the group's role (axe-core).
    choice.setHelperText(Texts.t("surveys.chooseSeveral"));
    if (earlier != null && earlier.choices() != null) choice.setValue(new HashSet<>(earlier.choices()));
    answers.add(() -> required(choice, choice.getValue().isEmpty(),
        () -> new AnswerRequest(question.number(), null, choice.getValue().stream().sorted().toList(), null)));
    return choice;
  }

  private static List<Integer> options(Question question) {
    return IntStream.rangeClosed(1, question.options().size()).boxed().toList();
  }

  /** The answer, or null with the field marked when a question that must be answered was not. */
  private static AnswerRequest required(com.vaadin.flow.component.shared.HasValidationProperties field, boolean missing,
      Supplier<AnswerRequest> answer) {
    field.setErrorMessage(Texts.t("surveys.error.answer"));
    field.setInvalid(missing);
    return missing ? null : answer.get();
  }
}
