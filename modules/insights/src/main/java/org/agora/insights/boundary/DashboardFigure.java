package org.agora.insights.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.agora.insights.entity.InsightsScope;
import org.agora.insights.entity.Table;

/**
 * The figures of the insights dashboard, each with the question it asks of {@link Insights} and the
 * API address of its CSV. The one list of them: the dashboard shows these, and
 * {@link Insights#organisationDashboard()} keeps the organisation's computed.
 */
public enum DashboardFigure {
  ADOPTION("adoption?period=week&", (insights, scope) -> insights.adoption(scope, "week", DashboardFigure.WEEKS)),
  ACTIVITY("activity?period=week&", (insights, scope) -> insights.activity(scope, "week", DashboardFigure.WEEKS)),
  COLLABORATION_INDEX("collaboration/index?", (insights, scope) -> insights.collaborationIndex(scope, DashboardFigure.WEEKS)),
  COLLABORATION_MATRIX("collaboration/matrix?", (insights, scope) -> insights.collaborationMatrix(scope, DashboardFigure.DAYS)),
  SHARED_COMMUNITIES("collaboration/communities?", Insights::sharedCommunities),
  ISOLATED_DEPARTMENTS("collaboration/isolated?", (insights, scope) -> insights.isolatedDepartments(scope, DashboardFigure.DAYS)),
  TRENDING_TAGS("trending-tags?", (insights, scope) -> insights.trendingTags(scope, DashboardFigure.TAGS)),
  /** Organisation only: people who link departments. */
  CONNECTORS("connectors?", (insights, scope) -> insights.connectors(scope, DashboardFigure.DAYS)),
  /** Organisation only: how quickly newcomers post and reach other departments, by join month. */
  NEWCOMER_COHORTS("newcomers/cohorts?", (insights, scope) -> insights.newcomerCohorts(scope, DashboardFigure.MONTHS)),
  /** Community only: its health. */
  COMMUNITY_HEALTH("communities/{id}/health?", Insights::communityHealth);

  /** Weeks of trends, days of collaboration, and how many trending tags the dashboard shows. */
  static final int WEEKS = 12;
  static final int DAYS = 90;
  static final int TAGS = 20;
  /** Join months of newcomer cohorts. */
  static final int MONTHS = 12;

  private final String path;
  private final BiFunction<Insights, InsightsScope, Table> question;

  DashboardFigure(String path, BiFunction<Insights, InsightsScope, Table> question) {
    this.path = path;
    this.question = question;
  }

  /** The figures the dashboard of this scope shows, in the order it shows them. */
  public static List<DashboardFigure> shownFor(InsightsScope scope) {
    return Arrays.stream(values()).filter(figure -> figure.belongsTo(scope)).toList();
  }

  /** The same, without the figures that name people when {@code perPerson} is off. */
  public static List<DashboardFigure> shownFor(InsightsScope scope, boolean perPerson) {
    return shownFor(scope).stream().filter(figure -> perPerson || !figure.namesPeople()).toList();
  }

  /** Whether the figure lists people by name ({@code agora.insights.per-person} switches these off). */
  public boolean namesPeople() {
    return this == CONNECTORS;
  }

  private boolean belongsTo(InsightsScope scope) {
    return switch (this) {
      case CONNECTORS, NEWCOMER_COHORTS -> scope.communityId() == null;
      case COMMUNITY_HEALTH -> scope.communityId() != null;
      default -> true;
    };
  }

  /** This figure for the scope (cached by {@link Insights}). */
  public Table table(Insights insights, InsightsScope scope) {
    return question.apply(insights, scope);
  }

  /** The API address of this figure as CSV, relative to the application's root. */
  public String csv(InsightsScope scope) {
    String community = scope.communityId() == null ? "" : String.valueOf(scope.communityId());
    String query = this == COMMUNITY_HEALTH || community.isEmpty() ? "" : "community=" + community + "&";
    return "api/v1/insights/" + path.replace("{id}", community) + query + "format=csv";
  }
}
