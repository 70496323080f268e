package org.agora.insights.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.agora.insights.entity.InsightsScope;
import org.junit.jupiter.api.Test;

/** agora.insights.per-person: figures that name people (connectors) can be switched off; unset, the demo shows them. */
class PerPersonFiguresTest {

  static Insights insights(Optional<Boolean> perPerson, boolean demo) {
    Insights insights = new Insights();
    insights.perPerson = perPerson;
    insights.demo = demo;
    return insights;
  }

  @Test
  void switchedOffTheDashboardHasNoConnectorsAndTheirQuestionIsNotFound() {
    Insights off = insights(Optional.of(false), true);
    assertThat(off.perPersonFigures()).isFalse();
    assertThat(off.figures(InsightsScope.ORGANISATION)).doesNotContain(DashboardFigure.CONNECTORS)
        .contains(DashboardFigure.ADOPTION);
    assertThatThrownBy(() -> off.connectors(InsightsScope.ORGANISATION, 90)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void switchedOnAdminsSeeConnectorsOnTheOrganisationDashboard() {
    assertThat(insights(Optional.of(true), false).figures(InsightsScope.ORGANISATION)).contains(DashboardFigure.CONNECTORS);
  }

  @Test
  void unsetItFollowsTheDemo() {
    assertThat(insights(Optional.empty(), true).perPersonFigures()).isTrue();
    assertThat(insights(Optional.empty(), false).perPersonFigures()).isFalse();
  }

  @Test
  void aCommunityNeverGetsPerPersonFigures() {
    assertThatThrownBy(() -> insights(Optional.of(true), true).connectors(new InsightsScope(7L), 90))
        .isInstanceOf(NotFoundException.class);
  }
}
