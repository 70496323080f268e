package org.agora.ui.people;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.entity.DepartmentView;
import org.agora.people.entity.PeopleFilter;
import org.agora.people.entity.PersonView;
import org.agora.ui.CursorPages;
import org.agora.ui.Notice;
import org.agora.ui.layout.MainLayout;

/** The company directory: every colleague, narrowed by department, skill and location. */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People | Agora")
@CdiComponent
class PeopleView extends VerticalLayout {

  private static final Logger LOG = Logger.getLogger(PeopleView.class.getName());

  private final PersonDirectory directory;
  private final ComboBox<DepartmentView> department = new ComboBox<>("Department");
  private final TextField skill = new TextField("Skill");
  private final TextField location = new TextField("Location");
  private final PeopleGrid grid = new PeopleGrid();
  private final Div notice = new Div();

  @Inject
  PeopleView(PersonDirectory directory) {
    this.directory = directory;
    department.setItemLabelGenerator(DepartmentView::name);
    department.setPlaceholder("All departments");
    department.setClearButtonVisible(true);
    department.addValueChangeListener(change -> showPeople());
    skill.setPlaceholder("e.g. java");
    location.setPlaceholder("e.g. Berlin");
    for (TextField field : List.of(skill, location)) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(change -> showPeople());
    }
    HorizontalLayout filters = new HorizontalLayout(department, skill, location);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);

    add(new H2("People"), filters, notice, grid);
    setSizeFull();
    setFlexGrow(1, grid);
    loadDepartments();
    showPeople();
  }

  private void loadDepartments() {
    try {
      department.setItems(
          new CursorPages<>(directory::departments).fetch(0, Integer.MAX_VALUE).toList());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "departments could not be loaded", e);
      department.setEnabled(false);
      department.setHelperText("Departments could not be loaded.");
    }
  }

  /** Reads the first page right away, so an empty or failing directory shows a message. */
  private void showPeople() {
    String departmentId =
        department.getOptionalValue().map(d -> Long.toString(d.id())).orElse(null);
    PeopleFilter filter = new PeopleFilter(departmentId, skill.getValue(), location.getValue());
    CursorPages<PersonView> pages = new CursorPages<>(page -> directory.people(filter, page));
    notice.removeAll();
    try {
      boolean empty = pages.isEmpty();
      grid.setVisible(!empty);
      if (empty) {
        notice.add(Notice.empty("No one matches these filters. Try fewer or different ones."));
      } else {
        grid.show(pages);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the directory could not be read", e);
      grid.setVisible(false);
      notice.add(
          Notice.error("The directory could not be loaded right now. Please try again soon."));
    }
  }
}
