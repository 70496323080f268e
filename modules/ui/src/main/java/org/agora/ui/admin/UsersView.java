package org.agora.ui.admin;

import org.agora.ui.layout.Phones;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.people.boundary.Accounts;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.entity.PeopleFilter;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.privacy.boundary.Erasures;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.privacy.ErasureDialog;
import org.agora.ui.privacy.FormerColleague;

/** Admins: every account (also disabled ones), filtered; disable or enable it, grant or take back the admin role. */
@Route(value = "admin/users", layout = MainLayout.class)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

  enum Status { ALL, ACTIVE, DISABLED, ADMINS }

  private static final int MAX_SHOWN = 5000;

  private final PersonDirectory directory;
  private final Accounts accounts;
  private final Erasures erasures;
  private final CurrentUser currentUser;
  private final Grid<PersonView> grid = new Grid<>();
  private final TextField name = new TextField();
  private final TextField department = new TextField();
  private final Select<Status> status = new Select<>();
  private final Paragraph state = new Paragraph();
  private List<PersonView> everyone = List.of();

  @Inject
  public UsersView(PersonDirectory directory, Accounts accounts, Erasures erasures, CurrentUser currentUser) {
    this.directory = directory;
    this.accounts = accounts;
    this.erasures = erasures;
    this.currentUser = currentUser;
    setSizeFull();
    if (AdminGuard.admitted(currentUser, this, "users.title")) {
      build();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("users.title") + " · Agora";
  }

  private void build() {
    name.setLabel(getTranslation("users.filter.name"));
    department.setLabel(getTranslation("users.filter.department"));
    status.setLabel(getTranslation("users.filter.status"));
    status.setItems(Status.values());
    status.setItemLabelGenerator(s -> getTranslation("users.status." + s.name().toLowerCase(Locale.ROOT)));
    status.setValue(Status.ALL);
    for (TextField field : List.of(name, department)) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
    }
    name.addValueChangeListener(e -> show());
    department.addValueChangeListener(e -> load());
    status.addValueChangeListener(e -> show());
    grid.addComponentColumn(p -> new HorizontalLayout(MainLayout.avatar(p.displayName(), p.avatarUrl()), new Span(FormerColleague.shown(p.displayName()))))
        .setHeader(getTranslation("users.column.name")).setAutoWidth(true).setFlexGrow(1);
    grid.addColumn(PersonView::username).setHeader(getTranslation("users.column.username")).setAutoWidth(true);
    grid.addColumn(p -> p.department() == null ? "" : p.department().name()).setHeader(getTranslation("users.column.department"));
    grid.addComponentColumn(this::badges).setHeader(getTranslation("users.column.status")).setAutoWidth(true);
    grid.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions")).setAutoWidth(true);
    Phones.cardsOnPhones(grid, getTranslation("users.column.name"), p -> {
      var card = Phones.card(new Span(FormerColleague.shown(p.displayName())), Phones.joined(p.username(), p.department() == null ? null : p.department().name()));
      card.add(badges(p), actions(p));
      return card;
    });
    grid.setAriaLabel(getTranslation("users.title"));
    state.setVisible(false);
    HorizontalLayout filters = new HorizontalLayout(name, department, status);
    filters.getStyle().set("flex-wrap", "wrap");
    add(new H2(getTranslation("users.title")), filters, state, grid);
    load();
  }

  /** Reads the accounts of the department filter (all of them: admins also see disabled people). */
  private void load() {
    state.setText(getTranslation("list.loading"));
    state.setVisible(true);
    try {
      PeopleFilter filter = new PeopleFilter(department.getValue(), null, null);
      List<PersonView> found = new ArrayList<>();
      String cursor = null;
      do {
        Page<PersonView> page = directory.people(currentUser.required(), filter, PageRequest.of(PageRequest.MAX_LIMIT, cursor));
        found.addAll(page.items());
        cursor = page.next();
      } while (cursor != null && found.size() < MAX_SHOWN);
      everyone = found;
      show();
    } catch (RuntimeException e) {
      everyone = List.of();
      grid.setItems(List.of());
      state.setText(getTranslation("users.error"));
    }
  }

  private void show() {
    String typed = name.getValue().strip().toLowerCase(Locale.ROOT);
    List<PersonView> shown = everyone.stream()
        .filter(p -> typed.isEmpty() || p.displayName().toLowerCase(Locale.ROOT).contains(typed) || p.username().contains(typed))
        .filter(p -> switch (status.getValue() == null ? Status.ALL : status.getValue()) {
          case ALL -> true;
          case ACTIVE -> p.active();
          case DISABLED -> !p.active();
          case ADMINS -> p.admin();
        })
        .toList();
    grid.setItems(shown);
    state.setText(getTranslation("users.empty"));
    state.setVisible(shown.isEmpty());
  }

  private Component badges(PersonView p) {
    Span active = new Span(getTranslation(p.active() ? "users.active" : "users.disabled"));
    active.getElement().getThemeList().add(p.active() ? "badge success" : "badge error");
    HorizontalLayout badges = new HorizontalLayout(active);
    if (p.admin()) {
      Span admin = new Span(getTranslation("users.admin"));
      admin.getElement().getThemeList().add("badge contrast");
      badges.add(admin);
    }
    return badges;
  }

  private Component actions(PersonView p) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.getStyle().set("flex-wrap", "wrap");
    if (p.id() == currentUser.id()) {
      return actions; // nobody disables themselves or takes their own admin role
    }
    Button activeButton = new Button(getTranslation(p.active() ? "users.disable" : "users.enable"), e -> {
      if (p.active()) {
        disableDialog(p).open();
      } else if (org.agora.ui.layout.Refusals.attempt(() -> accounts.enable(currentUser.required(), p.id(), null))) {
        load();
      }
    });
    activeButton.addThemeVariants(ButtonVariant.LUMO_SMALL, p.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
    activeButton.getElement().setAttribute("aria-label",
        getTranslation(p.active() ? "users.disable.label" : "users.enable.label", p.displayName()));
    Button adminButton = new Button(getTranslation(p.admin() ? "users.revokeAdmin" : "users.grantAdmin"), e -> {
      if (org.agora.ui.layout.Refusals.attempt(() -> accounts.setAdmin(currentUser.required(), p.id(), !p.admin()))) {
        load();
      }
    });
    adminButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    adminButton.getElement().setAttribute("aria-label",
        getTranslation(p.admin() ? "users.revokeAdmin.label" : "users.grantAdmin.label", p.displayName()));
    actions.add(activeButton, adminButton);
    if (!FormerColleague.erased(p.username())) {
      Button erase = new Button(getTranslation("privacy.erase"), e ->
          new ErasureDialog(erasures, currentUser.required(), p.id(), p.displayName(), this::load).open());
      erase.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      erase.getElement().setAttribute("aria-label", getTranslation("privacy.erase.label", p.displayName()));
      actions.add(erase);
    }
    return actions;
  }

  /** Disabling ends the person's sessions and tokens: asked once more, with a note for the audit log. */
  private Dialog disableDialog(PersonView p) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("users.disable.title", p.displayName()));
    TextField note = new TextField(getTranslation("users.disable.note"));
    note.setMaxLength(500);
    note.setWidthFull();
    dialog.add(new Paragraph(getTranslation("users.disable.explain")), note);
    Button confirm = new Button(getTranslation("users.disable"), e -> {
      if (org.agora.ui.layout.Refusals.attempt(() -> accounts.disable(currentUser.required(), p.id(), note.getValue()))) {
        dialog.close();
        load();
      }
    });
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
    return dialog;
  }
}
