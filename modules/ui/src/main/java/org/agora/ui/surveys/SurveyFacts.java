package org.agora.ui.surveys;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.agora.surveys.entity.NamedRef;
import org.agora.surveys.entity.SurveyAudience;
import org.agora.surveys.entity.SurveyView;
import org.agora.ui.layout.Texts;

/** Under a survey's title: who asks, whom, and when it opens or closes. */
class SurveyFacts extends Div {

  SurveyFacts(SurveyView survey) {
    addClassName("survey-facts");
    getStyle().set("overflow-wrap", "anywhere");
    add(new Div(new Span(Texts.t("surveys.askedBy") + " "), new Anchor("people/" + survey.owner().id(), survey.owner().name())));
    add(new Div(new Span(audience(survey.audience()))));
    add(new Div(new Span(SurveyTexts.when(survey.state(), survey.opensAt(), survey.closesAt(), getLocale()))));
  }

  private static String audience(SurveyAudience audience) {
    if (audience == null || audience.kind() == null) {
      return "";
    }
    return switch (audience.kind()) {
      case EVERYONE -> Texts.t("surveys.audienceEveryone");
      case DEPARTMENTS -> Texts.t("surveys.audienceDepartments",
          String.join(", ", audience.departments().stream().map(NamedRef::name).toList()));
      case COMMUNITY -> Texts.t("surveys.audienceCommunity", audience.community() == null ? "" : audience.community().name());
    };
  }
}
