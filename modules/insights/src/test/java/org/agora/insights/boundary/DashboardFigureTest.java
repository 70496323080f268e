package org.agora.insights.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.insights.entity.InsightsScope;
import org.junit.jupiter.api.Test;

/** Which figures a dashboard shows, and where their CSV is. */
class DashboardFigureTest {

  private static final InsightsScope GARDENING = new InsightsScope(7L);

  @Test
  void theOrganisationSeesConnectorsAndACommunityItsHealth() {
    assertThat(DashboardFigure.shownFor(InsightsScope.ORGANISATION))
        .contains(DashboardFigure.ADOPTION, DashboardFigure.CONNECTORS, DashboardFigure.NEWCOMER_COHORTS)
        .doesNotContain(DashboardFigure.COMMUNITY_HEALTH)
        .hasSize(9);
    assertThat(DashboardFigure.shownFor(GARDENING))
        .contains(DashboardFigure.ADOPTION, DashboardFigure.COMMUNITY_HEALTH)
        .doesNotContain(DashboardFigure.CONNECTORS, DashboardFigure.NEWCOMER_COHORTS)
        .hasSize(8);
  }

  @Test
  void theCsvOfAFigureAsksForTheScopeItShows() {
    assertThat(DashboardFigure.ADOPTION.csv(InsightsScope.ORGANISATION)).isEqualTo("api/v1/insights/adoption?period=week&format=csv");
    assertThat(DashboardFigure.ADOPTION.csv(GARDENING)).isEqualTo("api/v1/insights/adoption?period=week&community=7&format=csv");
    assertThat(DashboardFigure.TRENDING_TAGS.csv(GARDENING)).isEqualTo("api/v1/insights/trending-tags?community=7&format=csv");
    assertThat(DashboardFigure.NEWCOMER_COHORTS.csv(InsightsScope.ORGANISATION))
        .isEqualTo("api/v1/insights/newcomers/cohorts?format=csv");
    assertThat(DashboardFigure.COMMUNITY_HEALTH.csv(GARDENING)).isEqualTo("api/v1/insights/communities/7/health?format=csv");
  }
}
