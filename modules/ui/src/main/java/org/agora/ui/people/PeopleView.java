package org.agora.ui.people;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
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
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

  private final PersonDirectory directory;
  private final CurrentUser currentUser;
  private final Grid<PersonView> grid = new Grid<>();
  private final TextField department = new TextField();
  private final TextField skill = new TextField();
  private final TextField location = new TextField();
  private final Paragraph state = new Paragraph();

  @Inject
  public PeopleView(PersonDirectory directory, CurrentUser currentUser) {
    this.directory = directory;
    this.currentUser = currentUser;
    setSizeFull();
    department.setLabel(getTranslation("column.department"));
    skill.setLabel(getTranslation("people.skill"));
    location.setLabel(getTranslation("profile.field.location"));
    grid.addComponentColumn(p -> new HorizontalLayout(MainLayout.avatar(p.displayName(), p.avatarUrl()), new Span(p.displayName())))
        .setHeader(getTranslation("column.name")).setAutoWidth(true);
    grid.addColumn(PersonView::title).setHeader(getTranslation("profile.field.title")).setAutoWidth(true);
    grid.addColumn(p -> p.department() == null ? "" : p.department().name()).setHeader(getTranslation("column.department"));
    grid.addColumn(PersonView::location).setHeader(getTranslation("profile.field.location"));
    grid.addColumn(p -> String.join(", ", p.skills())).setHeader(getTranslation("people.skills"));
    grid.setAriaLabel(getTranslation("nav.people"));
    state.getElement().setAttribute("role", "status");
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("people/" + e.getItem().id())));
    for (TextField field : List.of(department, skill, location)) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> refresh());
    }
    add(new H2(getTranslation("nav.people")), new HorizontalLayout(department, skill, location), state, grid);
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.people") + " · Agora";
  }

  private void refresh() {
    PeopleFilter filter = new PeopleFilter(department.getValue(), skill.getValue(), location.getValue());
    List<PersonView> people = new ArrayList<>();
    try {
      String cursor = null;
      do {
        Page<PersonView> page = directory.people(currentUser.required(), filter, PageRequest.of(PageRequest.MAX_LIMIT, cursor));
        people.addAll(page.items());
        cursor = page.next();
      } while (cursor != null && people.size() < 1000);
      state.setText(getTranslation("people.empty"));
      state.setVisible(people.isEmpty());
    } catch (RuntimeException e) {
      state.setText(getTranslation("list.error"));
      state.setVisible(true);
    }
    grid.setItems(people);
  }
}
