package org.agora.ui.surveys;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.agora.surveys.entity.SurveySummary;
import org.agora.ui.layout.Texts;

/** One survey in the list: its title as a link, whether and until when it is open, and for owners the answers so far. */
class SurveyCard extends Div {

  SurveyCard(SurveySummary survey) {
    addClassName("survey-card");
    getElement().setAttribute("role", "article");
    getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box")
        .set("overflow-wrap", "anywhere");
    Anchor title = new Anchor("surveys/" + survey.id(), survey.title());
    title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
    List<String> facts = new ArrayList<>();
    facts.add(SurveyTexts.when(survey.state(), survey.opensAt(), survey.closesAt(), getLocale()));
    facts.add(Texts.t(survey.anonymous() ? "surveys.anonymousShort" : "surveys.namedShort"));
    if (survey.asked() && survey.answered()) {
      facts.add(Texts.t("surveys.answeredShort"));
    }
    Span when = new Span(String.join(" · ", facts));
    when.addClassName("survey-facts");
    when.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
    add(title, when);
    if (survey.owned()) {
      Div owner = new Div();
      owner.addClassName("survey-owner-line");
      owner.getStyle().set("font-size", "var(--lumo-font-size-s)");
      if (survey.responses() != null) {
        owner.add(new Span(Texts.t("surveys.responsesCount", survey.responses()) + " · "));
      }
      Anchor results = new Anchor("surveys/" + survey.id() + "/results", Texts.t("surveys.results"));
      results.getStyle().set("text-decoration", "underline");
      owner.add(results);
      add(owner);
    }
  }
}
