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
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.function.Function;
import org.agora.insights.boundary.DashboardFigure;
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
    add(new H2(getTranslation(communityId == null ? "insights.organisation" : "insights.community")));
    add(new Paragraph(getTranslation("insights.note")));
    FlexLayout charts = wrapping();
    FlexLayout tables = wrapping();
    for (DashboardFigure figure : insights.figures(scope)) {
      Look look = look(figure);
      (look.chart() ? charts : tables).add(
          new FigurePanel(t(look.title()), figure.csv(scope), () -> figure.table(insights, scope), look.show(), executor));
    }
    add(charts, tables);
  }

  /** How the view shows a figure: its title, and a chart or a table. */
  private record Look(String title, Function<Table, Component> show, boolean chart) {}

  /** Every figure has its look here: a figure added to the dashboard does not compile without one. */
  private Look look(DashboardFigure figure) {
    return switch (figure) {
      case ADOPTION -> chart("insights.adoption", "insights.adoption", t -> ChartOptions.timeSeries(t, false));
      case ACTIVITY -> chart("insights.activity", "insights.activity", t -> ChartOptions.timeSeries(t, true));
      case COLLABORATION_INDEX -> chart("insights.index", "insights.index.chart", t -> ChartOptions.line(t, 3, "index"));
      case COLLABORATION_MATRIX -> chart("insights.matrix", "insights.matrix.chart", ChartOptions::heatMap);
      case SHARED_COMMUNITIES -> chart("insights.shared", "insights.shared.chart", ChartOptions::heatMap);
      case ISOLATED_DEPARTMENTS -> table("insights.isolated");
      case TRENDING_TAGS -> table("insights.trending");
      case CONNECTORS -> table("insights.connectors");
      case NEWCOMER_COHORTS -> table("insights.cohorts");
      case COMMUNITY_HEALTH -> table("insights.health");
    };
  }

  private static Look chart(String title, String caption, Function<Table, JsonObject> options) {
    return new Look(title, table -> new Chart(t(caption), options.apply(table)), true);
  }

  private Look table(String title) {
    return new Look(title, this::grid, false);
  }

  private static FlexLayout wrapping() {
    FlexLayout layout = new FlexLayout();
    layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    layout.setWidthFull();
    return layout;
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
