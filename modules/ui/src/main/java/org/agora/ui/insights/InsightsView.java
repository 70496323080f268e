package org.agora.ui.insights;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.function.Supplier;
import org.agora.insights.boundary.Insights;
import org.agora.insights.control.InsightsScope;
import org.agora.insights.entity.Table;
import org.agora.platform.boundary.CurrentUser;
import org.agora.ui.layout.MainLayout;

/**
 * The insights dashboard: adoption, activity, collaboration across departments (heat map and
 * index), isolated departments, connectors and trending tags, each exportable as CSV. Admins see
 * the organisation; {@code ?community=} shows one community to its owners and moderators.
 */
@Route(value = "insights", layout = MainLayout.class)
@PageTitle("Insights · Agora")
public class InsightsView extends VerticalLayout implements BeforeEnterObserver {

  private final Insights insights;
  private final CurrentUser currentUser;

  @Inject
  public InsightsView(Insights insights, CurrentUser currentUser) {
    this.insights = insights;
    this.currentUser = currentUser;
    setWidthFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    List<String> community = event.getLocation().getQueryParameters().getParameters().get("community");
    Long communityId = community == null || community.isEmpty() ? null : parse(community.get(0));
    InsightsScope scope;
    try {
      scope = insights.scope(currentUser.required(), communityId);
    } catch (WebApplicationException refused) {
      add(new H2("Insights"), new Paragraph(refused.getMessage()));
      return;
    }
    String query = communityId == null ? "" : "community=" + communityId + "&";
    add(new H2(communityId == null ? "Insights: the organisation" : "Insights: community"));
    add(new Paragraph("Figures leave secret communities out of the organisation view; departments with fewer than 5 active "
        + "people are shown as \"Other departments\". Up to 5 minutes old."));

    FlexLayout charts = new FlexLayout();
    charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    charts.setWidthFull();
    charts.add(
        panel("Weekly active people by department", "adoption?period=week&", query,
            () -> insights.adoption(scope, "week", 12), t -> new Chart("Weekly active people by department", ChartOptions.timeSeries(t, false))),
        panel("Activity per week", "activity?period=week&", query,
            () -> insights.activity(scope, "week", 12), t -> new Chart("Activity per week", ChartOptions.timeSeries(t, true))),
        panel("Collaboration index (share of interactions across departments)", "collaboration/index?", query,
            () -> insights.collaborationIndex(scope, 12), t -> new Chart("Collaboration index per week", ChartOptions.line(t, 3, "index"))),
        panel("Who works with whom: interactions between departments, 90 days", "collaboration/matrix?", query,
            () -> insights.collaborationMatrix(scope, 90), t -> new Chart("Interactions between departments", ChartOptions.heatMap(t))),
        panel("Where departments meet: shared communities", "collaboration/communities?", query,
            () -> insights.sharedCommunities(scope), t -> new Chart("Communities shared between departments", ChartOptions.heatMap(t))));
    add(charts);

    FlexLayout tables = new FlexLayout();
    tables.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    tables.setWidthFull();
    tables.add(
        panel("Departments by reach beyond themselves", "collaboration/isolated?", query,
            () -> insights.isolatedDepartments(scope, 90), InsightsView::grid),
        panel("Trending tags", "trending-tags?", query, () -> insights.trendingTags(scope, 20), InsightsView::grid));
    if (communityId == null) {
      tables.add(panel("Connectors: people reaching the most departments", "connectors?", query,
          () -> insights.connectors(scope, 90), InsightsView::grid));
    } else {
      tables.add(panel("Community health", "communities/" + communityId + "/health?", "",
          () -> insights.communityHealth(scope), InsightsView::grid));
    }
    add(tables);
  }

  private static Component panel(String title, String path, String query, Supplier<Table> load,
      java.util.function.Function<Table, Component> show) {
    VerticalLayout panel = new VerticalLayout();
    panel.setWidth("min(100%, 620px)");
    panel.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
    Anchor csv = new Anchor("api/v1/insights/" + path + query + "format=csv", "CSV");
    csv.getElement().setAttribute("router-ignore", true);
    csv.getElement().setAttribute("download", true);
    csv.getElement().setAttribute("aria-label", "Download " + title + " as CSV");
    HorizontalLayout header = new HorizontalLayout(new H3(title), csv);
    header.setAlignItems(Alignment.BASELINE);
    panel.add(header);
    try {
      Table table = load.get();
      panel.add(table.rows().isEmpty() ? new Paragraph("No activity in this period yet.") : show.apply(table));
    } catch (RuntimeException e) {
      panel.add(new Paragraph("This figure could not be computed right now. Please try again in a moment."));
    }
    return panel;
  }

  private static Component grid(Table table) {
    Grid<List<Object>> grid = new Grid<>();
    for (int i = 0; i < table.columns().size(); i++) {
      int column = i;
      grid.addColumn(row -> row.get(column) == null ? "" : String.valueOf(row.get(column)))
          .setHeader(table.columns().get(i).replace('_', ' ')).setAutoWidth(true);
    }
    grid.setItems(table.rows());
    grid.setAllRowsVisible(table.rows().size() <= 12);
    if (table.rows().size() > 12) {
      grid.setHeight("360px");
    }
    return grid;
  }

  private static Long parse(String value) {
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}
