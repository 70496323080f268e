package org.agora.ui.people;

import org.agora.ui.layout.Phones;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.entity.PeopleFilter;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.boundary.CurrentUser;
import org.agora.search.boundary.Search;
import org.agora.ui.layout.MainLayout;

/**
 * The company directory: a box for name, skill, title or department (through the search index,
 * so "kuber" and "Eng" find people and a typo does not hide them), the exact filters beside it; a
 * row opens the person's profile.
 */
@Route(value = "people", layout = MainLayout.class)
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

  private final PersonDirectory directory;
  private final CurrentUser currentUser;
  private final Grid<PersonView> grid = new Grid<>();
  private final Search search;
  private final TextField who = new TextField();
  private final TextField department = new TextField();
  private final TextField skill = new TextField();
  private final TextField location = new TextField();
  private final Paragraph state = new Paragraph();

  @Inject
  public PeopleView(PersonDirectory directory, Search search, CurrentUser currentUser) {
    this.directory = directory;
    this.search = search;
    who.setLabel(getTranslation("people.who"));
    who.setPlaceholder(getTranslation("people.who.placeholder"));
    who.addClassName("people-search");
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
    Phones.cardsOnPhones(grid, getTranslation("nav.people"), p -> Phones.card(
        new HorizontalLayout(MainLayout.avatar(p.displayName(), p.avatarUrl()), new Span(p.displayName())),
        Phones.joined(p.title(), p.department() == null ? null : p.department().name()), p.location(),
        String.join(", ", p.skills())));
    state.getElement().setAttribute("role", "status");
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("people/" + e.getItem().id())));
    for (TextField field : List.of(who, department, skill, location)) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> refresh());
    }
    HorizontalLayout filters = new HorizontalLayout(who, department, skill, location);
    filters.getStyle().set("flex-wrap", "wrap");
    add(new H2(getTranslation("nav.people")), filters, state, grid);
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
      people = matching(people);
      state.setText(getTranslation("people.empty"));
      state.setVisible(people.isEmpty());
    } catch (RuntimeException e) {
      state.setText(getTranslation("list.error"));
      state.setVisible(true);
    }
    grid.setItems(people);
  }

  /** With words in the box: those of the filtered people the search index finds, best match first. */
  private List<PersonView> matching(List<PersonView> people) {
    if (who.getValue().isBlank()) {
      return people;
    }
    List<Long> ranked = search.people(currentUser.required(), who.getValue(), 500);
    Map<Long, PersonView> byId = new HashMap<>();
    people.forEach(p -> byId.put(p.id(), p));
    return ranked.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
