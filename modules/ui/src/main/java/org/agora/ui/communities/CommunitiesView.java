package org.agora.ui.communities;

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
    add(new H2("Communities"), grid);
  }
}
