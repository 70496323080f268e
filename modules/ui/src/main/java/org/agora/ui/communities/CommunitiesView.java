package org.agora.ui.communities;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.ws.rs.WebApplicationException;
import org.agora.communities.boundary.CommunityRequest;
import org.agora.communities.entity.Visibility;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.agora.communities.boundary.Communities;
import org.agora.communities.entity.CommunityView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.agora.ui.layout.MainLayout;

/** The communities I can see, with their visibility, members and my role. */
@Route(value = "communities", layout = MainLayout.class)
public class CommunitiesView extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public CommunitiesView(Communities communities, CurrentUser currentUser) {
    setSizeFull();
    Grid<CommunityView> grid = new Grid<>();
    grid.addColumn(CommunityView::name).setHeader(getTranslation("communities.column.name")).setAutoWidth(true);
    grid.addColumn(CommunityView::description).setHeader(getTranslation("communities.column.about"));
    grid.addColumn(c -> getTranslation("visibility." + c.visibility().name().toLowerCase())).setHeader(getTranslation("communities.column.visibility"));
    grid.addColumn(CommunityView::memberCount).setHeader(getTranslation("communities.column.members"));
    grid.addColumn(c -> c.myRole() == null ? "" : getTranslation("role." + c.myRole().name().toLowerCase()))
        .setHeader(getTranslation("communities.column.myRole"));
    grid.setAriaLabel(getTranslation("nav.communities"));
    Paragraph state = new Paragraph();
    state.getElement().setAttribute("role", "status");
    try {
      var items = communities.list(currentUser.required(), new Communities.Filter(null, null, null, false),
          PageRequest.of(PageRequest.MAX_LIMIT, null)).items();
      grid.setItems(items);
      state.setText(getTranslation("communities.empty"));
      state.setVisible(items.isEmpty());
    } catch (RuntimeException e) {
      state.setText(getTranslation("list.error"));
    }
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("communities/" + e.getItem().id())));
    Button create = new Button(getTranslation("communities.create"), e -> createDialog(communities, currentUser).open());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("nav.communities")), create, state, grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.communities") + " · Agora";
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
      } catch (WebApplicationException refused) {
        name.setErrorMessage(refused.getMessage());
        name.setInvalid(true);
      }
    });
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), create);
    return dialog;
  }
}
