package org.agora.ui.insights;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.agora.insights.boundary.Insights;
import org.agora.insights.entity.InsightsScope;
import org.agora.insights.entity.Table;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.Refusal;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Texts;

/**
 * The insights dashboard: adoption, activity, collaboration across departments (heat map and
 * index), isolated departments, connectors and trending tags, each exportable as CSV. Admins see
 * the organisation; {@code ?community=} shows one community to its owners and moderators.
 */
@Route(value = "insights", layout = MainLayout.class)
public class InsightsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final Insights insights;
  private final CurrentUser currentUser;
  @Resource private ManagedExecutorService executor;

  @Inject
  public InsightsView(Insights insights, CurrentUser currentUser) {
    this.insights = insights;
    this.currentUser = currentUser;
    setWidthFull();
  }

  /** The chart library loads while the figures are computed, not after the first one is in. */
  @Override
  protected void onAttach(AttachEvent event) {
    event.getUI().getPage().addJavaScript(Chart.SCRIPT);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.insights") + " · Agora";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    List<String> community = event.getLocation().getQueryParameters().getParameters().get("community");
    Long communityId = community == null || community.isEmpty() ? null : parse(community.get(0));
    InsightsScope scope;
    try {
      scope = insights.scope(currentUser.required(), communityId);
    } catch (WebApplicationException | Refusal refused) {
      add(new H2(getTranslation("nav.insights")), new Paragraph(org.agora.ui.layout.Refusals.explain(refused)));
      return;
    }
    String query = communityId == null ? "" : "community=" + communityId + "&";
    add(new H2(getTranslation(communityId == null ? "insights.organisation" : "insights.community")));
    add(new Paragraph(getTranslation("insights.note")));

    FlexLayout charts = new FlexLayout();
    charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    charts.setWidthFull();
    charts.add(
        panel(t("insights.adoption"), "adoption?period=week&", query,
            () -> insights.adoption(scope, "week", Insights.DASHBOARD_WEEKS), t -> new Chart(t("insights.adoption"), ChartOptions.timeSeries(t, false))),
        panel(t("insights.activity"), "activity?period=week&", query,
            () -> insights.activity(scope, "week", Insights.DASHBOARD_WEEKS), t -> new Chart(t("insights.activity"), ChartOptions.timeSeries(t, true))),
        panel(t("insights.index"), "collaboration/index?", query,
            () -> insights.collaborationIndex(scope, Insights.DASHBOARD_WEEKS), t -> new Chart(t("insights.index.chart"), ChartOptions.line(t, 3, "index"))),
        panel(t("insights.matrix"), "collaboration/matrix?", query,
            () -> insights.collaborationMatrix(scope, Insights.DASHBOARD_DAYS), t -> new Chart(t("insights.matrix.chart"), ChartOptions.heatMap(t))),
        panel(t("insights.shared"), "collaboration/communities?", query,
            () -> insights.sharedCommunities(scope), t -> new Chart(t("insights.shared.chart"), ChartOptions.heatMap(t))));
    add(charts);

    FlexLayout tables = new FlexLayout();
    tables.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    tables.setWidthFull();
    tables.add(
        panel(t("insights.isolated"), "collaboration/isolated?", query,
            () -> insights.isolatedDepartments(scope, Insights.DASHBOARD_DAYS), this::grid),
        panel(t("insights.trending"), "trending-tags?", query, () -> insights.trendingTags(scope, Insights.DASHBOARD_TAGS), this::grid));
    if (communityId == null) {
      tables.add(panel(t("insights.connectors"), "connectors?", query,
          () -> insights.connectors(scope, Insights.DASHBOARD_DAYS), this::grid));
    } else {
      tables.add(panel(t("insights.health"), "communities/" + communityId + "/health?", "",
          () -> insights.communityHealth(scope), this::grid));
    }
    add(tables);
  }

  private Component panel(String title, String path, String query, Supplier<Table> load, Function<Table, Component> show) {
    return new FigurePanel(title, "api/v1/insights/" + path + query + "format=csv", load, show, executor);
  }

  private Component grid(Table table) {
    return FigureTable.of(table, getLocale());
  }

  private static String t(String key, Object... parameters) {
    return Texts.t(key, parameters);
  }

  private static Long parse(String value) {
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}
