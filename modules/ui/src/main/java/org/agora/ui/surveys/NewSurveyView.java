package org.agora.ui.surveys;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.agora.surveys.boundary.QuestionRequest;
import org.agora.surveys.boundary.SurveyRequest;
import org.agora.surveys.entity.AudienceChoices;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Times;

/**
 * {@code /surveys/new}: a survey's title, introduction, audience, when it opens and closes (the
 * company's time zone), whether it is anonymous, and its questions; "Create" leads to its page.
 */
@Route(value = "surveys/new", layout = MainLayout.class)
class NewSurveyView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

  private final TextField title = new TextField(getTranslation("surveys.field.title"));
  private final TextArea intro = new TextArea(getTranslation("surveys.field.intro"));
  private final DateTimePicker opens = new DateTimePicker(getTranslation("surveys.field.opens"));
  private final DateTimePicker closes = new DateTimePicker(getTranslation("surveys.field.closes"));
  private final Checkbox anonymous = new Checkbox(getTranslation("surveys.field.anonymous"), true);
  private final VerticalLayout questions = new VerticalLayout();
  private final List<QuestionEditor> editors = new ArrayList<>();
  private AudiencePicker audience;

  @Inject
  public NewSurveyView(SurveyActions actions) {
    addClassName("new-survey");
    setMaxWidth("760px");
    add(new H2(getTranslation("surveys.new")));
    AudienceChoices choices = actions.audiences();
    if (!choices.any()) {
      add(new Paragraph(getTranslation("surveys.mayNotCreate")));
      return;
    }
    title.setMaxLength(200);
    title.setRequired(true);
    title.setWidthFull();
    intro.setMaxLength(10_000);
    intro.setWidthFull();
    LocalDateTime now = LocalDateTime.now(Times.zone()).truncatedTo(ChronoUnit.MINUTES);
    opens.setValue(now);
    closes.setValue(now.plusDays(7));
    opens.setLocale(getLocale());
    closes.setLocale(getLocale());
    anonymous.setHelperText(getTranslation("surveys.field.anonymousHelp"));
    FormLayout when = new FormLayout(opens, closes);
    when.setWidthFull();
    questions.setPadding(false);
    questions.addClassName("survey-questions");
    Button addQuestion = new Button(getTranslation("surveys.addQuestion"), VaadinIcon.PLUS.create(), e -> addQuestion());
    addQuestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    addQuestion();
    Button create = new Button(getTranslation("surveys.create"), e -> create(actions));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("common.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(SurveysView.class)));
    HorizontalLayout buttons = new HorizontalLayout(cancel, create);
    audience = new AudiencePicker(choices);
    add(title, intro, audience, when, anonymous, new H3(getTranslation("surveys.questions")), questions,
        addQuestion, buttons);
  }

  private void addQuestion() {
    QuestionEditor editor = new QuestionEditor(this::removeQuestion);
    editors.add(editor);
    questions.add(editor);
    renumber();
  }

  private void removeQuestion(QuestionEditor editor) {
    editors.remove(editor);
    questions.remove(editor);
    renumber();
  }

  private void renumber() {
    for (int i = 0; i < editors.size(); i++) {
      editors.get(i).number(i + 1);
    }
  }

  /** Checks what the form can check itself (the service checks again), then creates the survey and shows it. */
  private void create(SurveyActions actions) {
    title.setInvalid(title.getValue().isBlank());
    title.setErrorMessage(getTranslation("surveys.error.title"));
    boolean closesAfterOpens = opens.getValue() != null && closes.getValue() != null && closes.getValue().isAfter(opens.getValue())
        && closes.getValue().isAfter(LocalDateTime.now(Times.zone()));
    closes.setErrorMessage(getTranslation("surveys.error.closes"));
    closes.setInvalid(!closesAfterOpens);
    SurveyRequest request = new SurveyRequest();
    request.title = title.getValue().strip();
    request.intro = intro.getValue().isBlank() ? null : intro.getValue().strip();
    request.audience = audience.request();
    request.questions = new ArrayList<>();
    boolean complete = !title.isInvalid() && closesAfterOpens && request.audience != null && !editors.isEmpty();
    for (QuestionEditor editor : editors) {
      QuestionRequest question = editor.request();
      complete &= question != null;
      request.questions.add(question);
    }
    if (editors.isEmpty()) {
      Notification.show(getTranslation("surveys.error.noQuestions"), 5000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
    if (!complete) {
      return;
    }
    // An opening time that has passed while the form was filled in means "now" to the service.
    request.opensAt = opens.getValue().atZone(Times.zone()).toOffsetDateTime().toString();
    request.closesAt = closes.getValue().atZone(Times.zone()).toOffsetDateTime().toString();
    request.anonymous = anonymous.getValue();
    Long id = actions.create(request);
    if (id != null) {
      getUI().ifPresent(ui -> ui.navigate("surveys/" + id));
    }
  }

  /** {@code ?community=<id>}: the form starts on that community's members (its page links here). */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getLocation().getQueryParameters().getSingleParameter("community").ifPresent(value -> {
      if (audience != null && value.matches("\\d{1,18}")) {
        audience.preselect(Long.parseLong(value));
      }
    });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("surveys.new") + " · Agora";
  }
}
