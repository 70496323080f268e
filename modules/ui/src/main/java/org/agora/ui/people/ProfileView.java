package org.agora.ui.people;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.entity.PersonView;
import org.agora.ui.Notice;
import org.agora.ui.layout.MainLayout;

/** The page of one colleague, at {@code people/<id>}. */
@Route(value = "people/:id([0-9]+)", layout = MainLayout.class)
@CdiComponent
class ProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final Logger LOG = Logger.getLogger(ProfileView.class.getName());

  private final PersonDirectory directory;
  private String title = "Profile | Agora";

  @Inject
  ProfileView(PersonDirectory directory) {
    this.directory = directory;
    setMaxWidth("48rem");
  }

  /** The route parameters that open the profile of the given person. */
  static RouteParameters of(long personId) {
    return new RouteParameters("id", Long.toString(personId));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    add(new RouterLink("← All people", PeopleView.class));
    long id = event.getRouteParameters().getLong("id").orElseThrow();
    try {
      PersonView person = directory.person(id);
      title = person.displayName() + " | Agora";
      add(new Profile(person));
    } catch (NotFoundException e) {
      add(Notice.empty("There is no one with this id in the directory."));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "profile " + id + " could not be read", e);
      add(
          Notice.error(
              "This profile could not be loaded right now. Please try again in a moment."));
    }
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
