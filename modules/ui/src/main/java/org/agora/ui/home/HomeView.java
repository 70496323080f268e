package org.agora.ui.home;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.entity.PeopleFilter;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.agora.ui.Notice;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.people.PersonCard;

/** The start page: a welcome and the colleagues closest to you. The feed will join them here. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home | Agora")
@CdiComponent
class HomeView extends VerticalLayout {

  private static final Logger LOG = Logger.getLogger(HomeView.class.getName());
  private static final int COLLEAGUES_SHOWN = 8;

  @Inject
  HomeView(CurrentUser currentUser, PersonDirectory directory) {
    long myId = currentUser.id();
    try {
      PersonView me = directory.person(myId);
      String department = me.department() == null ? null : me.department().name();
      Paragraph intro =
          new Paragraph(
              department == null
                  ? "Good to see you. Here are some of your colleagues."
                  : "Good to see you. Here is who works with you in " + department + ".");
      intro.addClassNames(LumoUtility.TextColor.SECONDARY);
      add(
          new H2("Welcome, " + me.displayName()),
          intro,
          new H3(department == null ? "Colleagues" : "People in your department"));

      PeopleFilter filter =
          department == null
              ? PeopleFilter.NONE
              : new PeopleFilter(Long.toString(me.department().id()), null, null);
      List<PersonView> colleagues =
          directory.people(filter, new PageRequest(COLLEAGUES_SHOWN + 1, null)).items().stream()
              .filter(p -> p.id() != myId)
              .limit(COLLEAGUES_SHOWN)
              .toList();
      if (colleagues.isEmpty()) {
        add(Notice.empty("Nobody else is here yet. Invite your colleagues!"));
      } else {
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassNames(LumoUtility.Gap.MEDIUM);
        colleagues.forEach(p -> cards.add(new PersonCard(p)));
        add(cards, new Anchor("people", "See everyone in the directory →"));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the start page could not be loaded", e);
      add(
          new H2("Welcome"),
          Notice.error(
              "Your colleagues could not be loaded right now. Please try again in a moment."));
    }
  }
}
