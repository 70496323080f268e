package org.agora.ui.admin;

import org.agora.ui.layout.Phones;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.people.boundary.Accounts;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.entity.DepartmentView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.ui.layout.MainLayout;

/** Admins: the departments with their parent and active members; create one, rename one. */
@Route(value = "admin/departments", layout = MainLayout.class)
public class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

  private final PersonDirectory directory;
  private final Accounts accounts;
  private final CurrentUser currentUser;
  private final Grid<DepartmentView> grid = new Grid<>();
  private final ComboBox<DepartmentView> parent = new ComboBox<>();
  private final Paragraph state = new Paragraph();
  private Map<Long, String> names = Map.of();

  @Inject
  public DepartmentsView(PersonDirectory directory, Accounts accounts, CurrentUser currentUser) {
    this.directory = directory;
    this.accounts = accounts;
    this.currentUser = currentUser;
    setSizeFull();
    if (AdminGuard.admitted(currentUser, this, "departments.title")) {
      build();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("departments.title") + " · Agora";
  }

  private void build() {
    TextField name = new TextField(getTranslation("departments.new"));
    name.setMaxLength(120);
    parent.setLabel(getTranslation("departments.parent"));
    parent.setItemLabelGenerator(DepartmentView::name);
    parent.setClearButtonVisible(true);
    Button create = new Button(getTranslation("departments.create"), e -> {
      if (name.getValue().isBlank()) {
        name.setErrorMessage(getTranslation("departments.nameRequired"));
        name.setInvalid(true);
        return;
      }
      name.setInvalid(false);
      Long parentId = parent.getValue() == null ? null : parent.getValue().id();
      if (org.agora.ui.layout.Refusals.attempt(() -> accounts.addDepartment(name.getValue(), parentId))) {
        name.clear();
        parent.clear();
        load();
      }
    });
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(name, parent, create);
    form.setAlignItems(Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    grid.addColumn(DepartmentView::name).setHeader(getTranslation("departments.column.name")).setAutoWidth(true).setFlexGrow(1);
    grid.addColumn(d -> d.parentId() == null ? "" : names.getOrDefault(d.parentId(), ""))
        .setHeader(getTranslation("departments.column.parent"));
    grid.addColumn(DepartmentView::people).setHeader(getTranslation("departments.column.members")).setAutoWidth(true);
    grid.addComponentColumn(this::renameButton).setHeader(getTranslation("users.column.actions")).setAutoWidth(true);
    Phones.cardsOnPhones(grid, getTranslation("departments.column.name"), d -> {
      var card = Phones.card(new Span(d.name()), d.parentId() == null ? null : names.getOrDefault(d.parentId(), ""),
          getTranslation("departments.column.members") + ": " + d.people());
      card.add(renameButton(d));
      return card;
    });
    grid.setAriaLabel(getTranslation("departments.title"));
    state.setVisible(false);
    add(new H2(getTranslation("departments.title")), form, state, grid);
    load();
  }

  private void load() {
    try {
      List<DepartmentView> all = all(directory);
      names = all.stream().collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
      grid.setItems(all);
      parent.setItems(all);
      state.setText(getTranslation("departments.empty"));
      state.setVisible(all.isEmpty());
    } catch (RuntimeException e) {
      grid.setItems(List.of());
      state.setText(getTranslation("departments.error"));
      state.setVisible(true);
    }
  }

  /** Every department, by name (the onboarding page lists them too). */
  public static List<DepartmentView> all(PersonDirectory directory) {
    List<DepartmentView> all = new ArrayList<>();
    String cursor = null;
    do {
      Page<DepartmentView> page = directory.departments(PageRequest.of(PageRequest.MAX_LIMIT, cursor));
      all.addAll(page.items());
      cursor = page.next();
    } while (cursor != null);
    all.sort(java.util.Comparator.comparing(DepartmentView::name, String.CASE_INSENSITIVE_ORDER));
    return all;
  }

  private Component renameButton(DepartmentView d) {
    Button rename = new Button(getTranslation("departments.rename"), e -> renameDialog(d).open());
    rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    rename.getElement().setAttribute("aria-label", getTranslation("departments.rename.label", d.name()));
    return rename;
  }

  private Dialog renameDialog(DepartmentView d) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("departments.rename.label", d.name()));
    TextField name = new TextField(getTranslation("departments.column.name"), d.name(), "");
    name.setMaxLength(120);
    dialog.add(name);
    Button save = new Button(getTranslation("common.save"), e -> {
      if (org.agora.ui.layout.Refusals.attempt(() -> accounts.renameDepartment(d.id(), name.getValue()))) {
        dialog.close();
        load();
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
    return dialog;
  }
}
