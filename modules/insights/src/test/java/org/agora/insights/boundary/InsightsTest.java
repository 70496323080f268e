package org.agora.insights.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.Set;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.insights.entity.InsightsScope;
import org.agora.platform.entity.AgoraPrincipal;
import org.junit.jupiter.api.Test;

/** Who sees which figures: the organisation's for admins, a community's for its owners and moderators. */
class InsightsTest {

  private static final AgoraPrincipal ADMIN = new AgoraPrincipal(1, "admin", true);
  private static final AgoraPrincipal ANNA = new AgoraPrincipal(42, "anna", false);
  private static final long GARDENING = 7;
  private static final long CHESS = 8;
  private static final long SECRET_PROJECT = 9;

  /** Anna sees the gardening and the chess community, and moderates gardening. */
  private final Insights insights = insights(Set.of(GARDENING, CHESS), Set.of(GARDENING));

  @Test
  void anAdminSeesTheOrganisationFromTheRollups() {
    assertThat(insights.scope(ADMIN, null)).isEqualTo(InsightsScope.ORGANISATION);
    assertThat(insights.scope(ADMIN, null).rollups()).isTrue();
  }

  @Test
  void aColleagueDoesNotSeeTheOrganisation() {
    assertThatThrownBy(() -> insights.scope(ANNA, null)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aModeratorSeesTheirCommunity() {
    assertThat(insights.scope(ANNA, GARDENING)).isEqualTo(new InsightsScope(GARDENING));
    assertThat(insights.scope(ANNA, GARDENING).rollups()).as("community figures come from the tables").isFalse();
  }

  @Test
  void aCommunityTheyOnlySeeIsForbidden() {
    assertThatThrownBy(() -> insights.scope(ANNA, CHESS)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aCommunityTheyMayNotSeeIsNotFoundSoItsExistenceStaysSecret() {
    assertThatThrownBy(() -> insights.scope(ANNA, SECRET_PROJECT))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("No community with id " + SECRET_PROJECT);
  }

  /** Insights over a community rule that knows only what the viewer sees and moderates. */
  private static Insights insights(Set<Long> seen, Set<Long> moderated) {
    Insights insights = new Insights();
    insights.communities = new CommunityAccess() {
      @Override
      public boolean canSee(AgoraPrincipal viewer, long communityId) {
        return viewer.admin() || seen.contains(communityId);
      }

      @Override
      public boolean canModerate(AgoraPrincipal viewer, long communityId) {
        return viewer.admin() || moderated.contains(communityId);
      }
    };
    return insights;
  }
}
