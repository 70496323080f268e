package org.agora.ui.communities;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.Locale;
import org.agora.communities.boundary.Communities;
import org.agora.communities.boundary.CommunityRequest;
import org.agora.communities.boundary.Memberships;
import org.agora.communities.entity.CommunityView;
import org.agora.communities.entity.MembershipState;
import org.agora.communities.entity.Visibility;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.Refusal;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Refusals;

/**
 * The communities I can see as cards: all of them, mine, or those to discover (not mine yet),
 * found by name or description; joining works right from the card.
 */
@Route(value = "communities", layout = MainLayout.class)
public class CommunitiesView extends VerticalLayout implements HasDynamicTitle {

  private enum Show { ALL, MINE, DISCOVER }

  private final Communities communities;
  private final Memberships memberships;
  private final CurrentUser currentUser;
  private final Div cards = new Div();
  private final Paragraph state = new Paragraph();
  private final Button more = new Button();
  private final TextField query = new TextField();
  private final Tabs tabs = new Tabs();
  private String next;

  @Inject
  public CommunitiesView(Communities communities, Memberships memberships, CurrentUser currentUser) {
    this.communities = communities;
    this.memberships = memberships;
    this.currentUser = currentUser;
    setWidthFull();
    setMaxWidth("1100px");
    for (Show show : Show.values()) {
      tabs.add(new Tab(getTranslation("communities.show." + show.name().toLowerCase(Locale.ROOT))));
    }
    tabs.addSelectedChangeListener(e -> reload());
    query.setPlaceholder(getTranslation("communities.search"));
    query.setAriaLabel(getTranslation("communities.search"));
    query.setClearButtonVisible(true);
    query.setValueChangeMode(ValueChangeMode.LAZY);
    query.addValueChangeListener(e -> reload());
    query.setWidth("min(360px, 100%)");
    cards.addClassName("community-cards");
    cards.setWidthFull();
    cards.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
        .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 300px), 1fr))");
    state.getElement().setAttribute("role", "status");
    more.setText(getTranslation("feed.more"));
    more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    more.addClickListener(e -> load());
    Button create = new Button(getTranslation("communities.create"), e -> createDialog(communities, currentUser).open());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("nav.communities")), create, tabs, query, state, cards, more);
    reload();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.communities") + " · Agora";
  }

  private Show showing() {
    return Show.values()[Math.max(0, tabs.getSelectedIndex())];
  }

  private void reload() {
    cards.removeAll();
    next = null;
    load();
  }

  private void load() {
    Show show = showing();
    String text = query.getValue().isBlank() ? null : query.getValue().strip();
    try {
      var page = communities.list(currentUser.required(), new Communities.Filter(null, null, text, show == Show.MINE),
          PageRequest.of(48, next));
      page.items().stream()
          .filter(c -> show != Show.DISCOVER || c.myState() != MembershipState.ACTIVE)
          .forEach(c -> cards.add(new CommunityCard(c, this::join)));
      next = page.next();
      boolean none = cards.getComponentCount() == 0;
      state.setText(getTranslation(text != null ? "communities.noMatch" : show == Show.MINE ? "communities.noneMine" : "communities.empty"));
      state.setVisible(none);
    } catch (WebApplicationException | Refusal refused) {
      state.setText(Refusals.explain(refused));
      state.setVisible(true);
      next = null;
    } catch (RuntimeException e) {
      state.setText(getTranslation("list.error"));
      state.setVisible(true);
      next = null;
    }
    more.setVisible(next != null);
  }

  /** Joining from the list; with guidelines to accept first, the community's page asks for that. */
  private MembershipState join(CommunityView community) {
    if (community.guidelines() != null && !community.guidelines().isBlank()) {
      getUI().ifPresent(ui -> ui.navigate("communities/" + community.id()));
      return null;
    }
    try {
      return memberships.join(currentUser.required(), community.id(), false);
    } catch (WebApplicationException | Refusal refused) {
      Notification.show(Refusals.explain(refused), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
      return null;
    }
  }

  private Dialog createDialog(Communities communities, CurrentUser currentUser) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("communities.create"));
    TextField name = new TextField(getTranslation("communities.field.name"));
    name.setRequired(true);
    name.setMaxLength(120);
    TextArea description = new TextArea(getTranslation("communities.field.about"));
    description.setMaxLength(2000);
    Select<Visibility> visibility = new Select<>();
    visibility.setLabel(getTranslation("communities.field.visibility"));
    visibility.setItems(Visibility.values());
    visibility.setItemLabelGenerator(v -> getTranslation("visibility." + v.name().toLowerCase() + ".explained"));
    visibility.setValue(Visibility.PUBLIC);
    TextArea guidelines = new TextArea(getTranslation("communities.field.guidelines"));
    guidelines.setMaxLength(10_000);
    dialog.add(new FormLayout(name, description, visibility, guidelines));
    Button create = new Button(getTranslation("communities.field.create"), e -> {
      CommunityRequest request = new CommunityRequest();
      request.name = name.getValue();
      request.description = description.getValue();
      request.visibility = visibility.getValue();
      request.guidelines = guidelines.getValue().isBlank() ? null : guidelines.getValue();
      try {
        long id = communities.create(currentUser.required(), request);
        dialog.close();
        getUI().ifPresent(ui -> ui.navigate("communities/" + id));
      } catch (WebApplicationException | Refusal refused) {
        name.setErrorMessage(Refusals.explain(refused));
        name.setInvalid(true);
      }
    });
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setEnabled(false);
    name.setValueChangeMode(ValueChangeMode.EAGER);
    name.addValueChangeListener(e -> create.setEnabled(!e.getValue().isBlank()));
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), create);
    return dialog;
  }
}
