package org.agora.ui.surveys;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;
import org.agora.surveys.entity.SurveyState;
import org.agora.surveys.entity.SurveySummary;
import org.agora.ui.home.FeedCard;
import org.agora.ui.layout.MainLayout;

/**
 * {@code /surveys}: the surveys waiting for the reader's answer, the others they were asked, and the
 * ones they own with how many answered; "New survey" for those who may ask someone.
 */
@Route(value = "surveys", layout = MainLayout.class)
public class SurveysView extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public SurveysView(SurveyActions actions) {
    addClassName("surveys-view");
    setMaxWidth("760px");
    add(new H2(getTranslation("surveys.title")));
    if (actions.audiences().any()) {
      Button create = new Button(getTranslation("surveys.new"), VaadinIcon.PLUS.create(),
          e -> getUI().ifPresent(ui -> ui.navigate(NewSurveyView.class)));
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(create);
    }
    List<SurveySummary> all = actions.list();
    Predicate<SurveySummary> waiting = s -> s.asked() && s.state() == SurveyState.OPEN && !s.answered();
    section("surveys.waiting", "surveys.waitingNone", "surveys-waiting", all.stream().filter(waiting).toList());
    List<SurveySummary> others = all.stream().filter(s -> s.asked() && !s.owned() && !waiting.test(s)).toList();
    if (!others.isEmpty()) {
      section("surveys.asked", null, "surveys-asked", others);
    }
    List<SurveySummary> mine = all.stream().filter(SurveySummary::owned).toList();
    if (!mine.isEmpty()) {
      section("surveys.mine", null, "surveys-mine", mine);
    }
  }

  /** A heading and a card per survey, or what to say when there is none. */
  private void section(String headingKey, String noneKey, String className, List<SurveySummary> surveys) {
    VerticalLayout section = new VerticalLayout(new H3(getTranslation(headingKey)));
    section.addClassName(className);
    section.setPadding(false);
    if (surveys.isEmpty() && noneKey != null) {
      section.add(FeedCard.empty(getTranslation(noneKey)));
    }
    surveys.forEach(s -> section.add(new SurveyCard(s)));
    add(section);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("surveys.title") + " · Agora";
  }
}
