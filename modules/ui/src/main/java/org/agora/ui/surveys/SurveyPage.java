package org.agora.ui.surveys;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Optional;
import org.agora.surveys.entity.SurveyState;
import org.agora.surveys.entity.SurveyView;
import org.agora.ui.layout.MainLayout;

/**
 * A survey's own page, {@code /surveys/{id}}: who asks whom and until when, its introduction,
 * whether answers are anonymous, and the questions to answer while it is open (once when anonymous,
 * changeable until it closes when named); its owner gets "Results" and "Close now".
 */
@Route(value = "surveys", layout = MainLayout.class)
class SurveyPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

  private final SurveyActions actions;
  private String title = "";

  @Inject
  public SurveyPage(SurveyActions actions) {
    this.actions = actions;
    addClassName("survey-page");
    setMaxWidth("760px");
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    show(id, false);
  }

  private void show(long id, boolean justSaved) {
    removeAll();
    Optional<SurveyView> found = actions.survey(id);
    if (found.isEmpty()) {
      title = getTranslation("surveys.notFound");
      add(new H2(title), new Paragraph(getTranslation("surveys.notFoundText")), new Anchor("surveys", getTranslation("surveys.title")));
      return;
    }
    SurveyView survey = found.get();
    title = survey.title();
    add(new H2(survey.title()), new SurveyFacts(survey));
    if (survey.intro() != null && !survey.intro().isBlank()) {
      Paragraph intro = new Paragraph(survey.intro());
      intro.addClassName("survey-intro");
      intro.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
      add(intro);
    }
    Paragraph anonymity = new Paragraph(getTranslation(survey.anonymous() ? "surveys.anonymousNote" : "surveys.namedNote"));
    anonymity.addClassName("survey-anonymity");
    add(anonymity);
    if (survey.owned()) {
      add(ownerTools(survey));
    }
    if (justSaved) {
      add(status(getTranslation("surveys.thanks")));
    }
    answering(survey, justSaved);
  }

  /** What the reader may do now: answer, change their answers, or read why not. */
  private void answering(SurveyView survey, boolean justSaved) {
    if (survey.state() == SurveyState.UPCOMING) {
      add(status(getTranslation("surveys.notYetOpen")));
    } else if (survey.state() == SurveyState.CLOSED) {
      add(status(getTranslation(survey.answered() ? "surveys.closedAnswered" : "surveys.closed")));
    } else if (!actions.asked(survey)) {
      add(status(getTranslation("surveys.notAsked")));
    } else if (survey.answered() && survey.anonymous()) {
      if (!justSaved) {
        add(status(getTranslation("surveys.answered")));
      }
    } else {
      if (survey.answered() && !justSaved) {
        add(status(getTranslation("surveys.answeredNamed")));
      }
      add(new AnswerForm(survey, answers -> {
        boolean saved = actions.answer(survey.id(), answers, survey.answered());
        if (saved) {
          show(survey.id(), true);
        }
        return saved;
      }));
    }
  }

  /** How many answered, "Results" and, while it is open, "Close now". */
  private HorizontalLayout ownerTools(SurveyView survey) {
    HorizontalLayout tools = new HorizontalLayout();
    tools.addClassName("survey-owner-tools");
    tools.setAlignItems(Alignment.BASELINE);
    tools.getStyle().set("flex-wrap", "wrap");
    if (survey.responses() != null) {
      tools.add(new Span(getTranslation("surveys.responsesCount", survey.responses())));
    }
    Anchor results = new Anchor("surveys/" + survey.id() + "/results", getTranslation("surveys.results"));
    results.addClassName("survey-results-link");
    tools.add(VaadinIcon.BAR_CHART.create(), results);
    if (survey.state() == SurveyState.OPEN) {
      Button close = new Button(getTranslation("surveys.closeNow"), e -> confirmClose(survey.id()));
      close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      tools.add(close);
    }
    return tools;
  }

  private void confirmClose(long id) {
    Dialog confirm = new Dialog();
    confirm.setHeaderTitle(getTranslation("surveys.closeNow"));
    confirm.add(new Paragraph(getTranslation("surveys.closeConfirm")));
    Button yes = new Button(getTranslation("surveys.closeNow"), e -> {
      confirm.close();
      if (actions.close(id)) {
        show(id, false);
      }
    });
    yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    confirm.getFooter().add(new Button(getTranslation("common.cancel"), e -> confirm.close()), yes);
    confirm.open();
  }

  private static Div status(String text) {
    Div status = new Div(new Span(text));
    status.addClassName("survey-status");
    status.getElement().setAttribute("role", "status");
    status.getStyle().set("font-weight", "600");
    return status;
  }

  @Override
  public String getPageTitle() {
    return title + " · Agora";
  }
}
