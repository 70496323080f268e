package org.agora.ui.people;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.entity.PeopleFilter;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.boundary.CurrentUser;
import org.agora.ui.layout.MainLayout;

/** The company directory with filters; a row opens the person's profile. */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People · Agora")
public class PeopleView extends VerticalLayout {

  private final PersonDirectory directory;
  private final CurrentUser currentUser;
  private final Grid<PersonView> grid = new Grid<>();
  private final TextField department = new TextField("Department");
  private final TextField skill = new TextField("Skill");
  private final TextField location = new TextField("Location");

  @Inject
  public PeopleView(PersonDirectory directory, CurrentUser currentUser) {
    this.directory = directory;
    this.currentUser = currentUser;
    setSizeFull();
    grid.addColumn(PersonView::displayName).setHeader("Name").setAutoWidth(true);
    grid.addColumn(PersonView::title).setHeader("Title").setAutoWidth(true);
    grid.addColumn(p -> p.department() == null ? "" : p.department().name()).setHeader("Department");
    grid.addColumn(PersonView::location).setHeader("Location");
    grid.addColumn(p -> String.join(", ", p.skills())).setHeader("Skills");
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("people/" + e.getItem().id())));
    for (TextField field : List.of(department, skill, location)) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> refresh());
    }
    add(new H2("People"), new HorizontalLayout(department, skill, location), grid);
    refresh();
  }

  private void refresh() {
    PeopleFilter filter = new PeopleFilter(department.getValue(), skill.getValue(), location.getValue());
    List<PersonView> people = new ArrayList<>();
    String cursor = null;
    do {
      Page<PersonView> page = directory.people(currentUser.required(), filter, PageRequest.of(PageRequest.MAX_LIMIT, cursor));
      people.addAll(page.items());
      cursor = page.next();
    } while (cursor != null && people.size() < 1000);
    grid.setItems(people);
  }
}
