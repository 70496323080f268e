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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.agora.communities.boundary.Communities;
import org.agora.communities.entity.CommunityView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.agora.ui.layout.MainLayout;

/** The communities I can see, with their visibility, members and my role. */
@Route(value = "communities", layout = MainLayout.class)
@PageTitle("Communities · Agora")
public class CommunitiesView extends VerticalLayout {

  @Inject
  public CommunitiesView(Communities communities, CurrentUser currentUser) {
    setSizeFull();
    Grid<CommunityView> grid = new Grid<>();
    grid.addColumn(CommunityView::name).setHeader("Community").setAutoWidth(true);
    grid.addColumn(CommunityView::description).setHeader("About");
    grid.addColumn(c -> c.visibility().name().toLowerCase()).setHeader("Visibility");
    grid.addColumn(CommunityView::memberCount).setHeader("Members");
    grid.addColumn(c -> c.myRole() == null ? "" : c.myRole().name().toLowerCase()).setHeader("My role");
    grid.setItems(communities.list(currentUser.required(), new Communities.Filter(null, null, null, false),
        PageRequest.of(PageRequest.MAX_LIMIT, null)).items());
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("communities/" + e.getItem().id())));
    Button create = new Button("Create a community", e -> createDialog(communities, currentUser).open());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2("Communities"), create, grid);
  }

  private Dialog createDialog(Communities communities, CurrentUser currentUser) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Create a community");
    TextField name = new TextField("Name");
    name.setRequired(true);
    name.setMaxLength(120);
    TextArea description = new TextArea("What is it about?");
    description.setMaxLength(2000);
    Select<Visibility> visibility = new Select<>();
    visibility.setLabel("Who can find and join it");
    visibility.setItems(Visibility.values());
    visibility.setItemLabelGenerator(v -> switch (v) {
      case PUBLIC -> "Public: everyone reads and joins";
      case RESTRICTED -> "Restricted: everyone finds it, members read; joining needs approval";
      case SECRET -> "Secret: only members know it exists";
    });
    visibility.setValue(Visibility.PUBLIC);
    TextArea guidelines = new TextArea("Guidelines (accepted on joining)");
    guidelines.setMaxLength(10_000);
    dialog.add(new FormLayout(name, description, visibility, guidelines));
    Button create = new Button("Create", e -> {
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
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
    return dialog;
  }
}
