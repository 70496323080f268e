package org.agora.ui.surveys;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.surveys.entity.Question;
import org.agora.surveys.entity.QuestionKind;
import org.agora.surveys.entity.QuestionResult;
import org.agora.surveys.entity.SurveyResults;
import org.agora.ui.layout.MainLayout;

/**
 * {@code /surveys/{id}/results}, for the survey's owner and admins: how many of the audience
 * answered and, from five answers on, each question's distribution (a table with counts, shares and
 * bars), a scale's mean and median, the free texts without their authors, and the departments'
 * breakdown; the same as a CSV file.
 */
@Route(value = "surveys/:id([0-9]+)/results", layout = MainLayout.class)
class SurveyResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final SurveyActions actions;
  private String title = "";

  @Inject
  public SurveyResultsView(SurveyActions actions) {
    this.actions = actions;
    addClassName("survey-results");
    setMaxWidth("760px");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long id = event.getRouteParameters().getLong("id").orElse(0L);
    removeAll();
    Optional<SurveyResults> found = actions.results(id);
    if (found.isEmpty()) {
      title = getTranslation("surveys.notFound");
      add(new H2(title), new Paragraph(getTranslation("surveys.resultsNotYours")), new Anchor("surveys", getTranslation("surveys.title")));
      return;
    }
    SurveyResults results = found.get();
    title = getTranslation("surveys.resultsOf", results.title());
    add(new H2(title));
    Anchor survey = new Anchor("surveys/" + id, getTranslation("surveys.backToSurvey"));
    Anchor csv = new Anchor("api/v1/surveys/" + id + "/results.csv", getTranslation("surveys.downloadCsv"));
    csv.addClassName("survey-csv");
    csv.getElement().setAttribute("router-ignore", true);
    csv.getElement().setAttribute("download", "survey-" + id + "-results.csv");
    HorizontalLayout links = new HorizontalLayout(survey, VaadinIcon.DOWNLOAD.create(), csv);
    links.setAlignItems(Alignment.CENTER);
    links.getStyle().set("flex-wrap", "wrap");
    Paragraph count = new Paragraph(getTranslation("surveys.responsesOf", results.responses(), results.audience()));
    count.addClassName("survey-response-count");
    add(links, count);
    if (results.hidden()) {
      Paragraph hidden = new Paragraph(getTranslation("surveys.resultsHidden", results.minimumGroup(), results.responses()));
      hidden.addClassName("survey-results-hidden");
      hidden.getElement().setAttribute("role", "status");
      add(hidden);
      return;
    }
    // The scale's end labels are the survey's, not its results'.
    Map<Integer, Question> asked = actions.survey(id).map(s -> s.questions().stream()
        .collect(Collectors.toMap(Question::number, q -> q, (a, b) -> a))).orElse(Map.of());
    results.questions().forEach(q -> add(question(q, asked.get(q.number()), results.responses())));
  }

  private Div question(QuestionResult question, Question asked, long responses) {
    Div shown = new Div(new H3(question.number() + ". " + question.text()));
    shown.addClassNames("question-result", "question-result-" + question.number());
    shown.setWidthFull();
    shown.getStyle().set("overflow-wrap", "anywhere");
    if (question.kind() != QuestionKind.TEXT) {
      shown.add(ResultTables.distribution(question, asked, responses, getLocale()));
    }
    if (question.mean() != null) {
      NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
      decimal.setMaximumFractionDigits(1);
      Paragraph averages = new Paragraph(getTranslation("surveys.meanMedian", decimal.format(question.mean()),
          question.median() == null ? "–" : decimal.format(question.median())));
      averages.addClassName("question-averages");
      shown.add(averages);
    }
    if (question.kind() == QuestionKind.TEXT) {
      shown.add(texts(question));
    }
    if (question.byDepartment() != null && !question.byDepartment().isEmpty()) {
      shown.add(new H4(getTranslation("surveys.byDepartment")), ResultTables.byDepartment(question, getLocale()));
    }
    return shown;
  }

  /** The free texts, one list item each and nobody's name. */
  private Div texts(QuestionResult question) {
    Div texts = new Div();
    texts.addClassName("question-texts");
    if (question.texts() == null || question.texts().isEmpty()) {
      texts.add(new Paragraph(getTranslation("surveys.noTexts")));
      return texts;
    }
    texts.add(new Paragraph(getTranslation("surveys.textsCount", question.texts().size())));
    UnorderedList list = new UnorderedList();
    question.texts().forEach(t -> {
      ListItem item = new ListItem(t);
      item.getStyle().set("white-space", "pre-line").set("margin-bottom", "var(--lumo-space-s)");
      list.add(item);
    });
    texts.add(list);
    return texts;
  }

  @Override
  public String getPageTitle() {
    return title + " · Agora";
  }
}
