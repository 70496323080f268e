package org.agora.ui.people;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.agora.people.entity.PersonView;
import org.agora.ui.CursorPages;

/** Colleagues as rows of a lazily scrolled grid; a click on a row opens the profile. */
class PeopleGrid extends Grid<PersonView> {

  PeopleGrid() {
    addColumn(
            LitRenderer.<PersonView>of(
                    "<vaadin-horizontal-layout style='align-items:center' theme='spacing'>"
                        + "<vaadin-avatar .name=${item.name} theme='small'></vaadin-avatar>"
                        + "<span>${item.name}</span></vaadin-horizontal-layout>")
                .withProperty("name", PersonView::displayName))
        .setHeader("Name")
        .setFlexGrow(2);
    addColumn(PersonView::title).setHeader("Title").setFlexGrow(2);
    addColumn(p -> p.department() == null ? "" : p.department().name()).setHeader("Department");
    addColumn(PersonView::location).setHeader("Location");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    addItemClickListener(click -> open(click.getItem()));
  }

  /** Shows the rows these pages hold, reading further pages only as the reader scrolls. */
  void show(CursorPages<PersonView> pages) {
    setItems(query -> pages.fetch(query.getOffset(), query.getLimit()));
  }

  private void open(PersonView person) {
    getUI().ifPresent(ui -> ui.navigate(ProfileView.class, ProfileView.of(person.id())));
  }
}
