package org.agora.insights.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose activity a figure counts, and where it may come from. */
class InsightsScopeTest {

  @Test
  void theOrganisationCountsWhatHappensOutsideCommunitiesAndInAllButSecretOnes() {
    assertThat(InsightsScope.ORGANISATION.on("a.community_id")).isEqualTo(
        "(a.community_id is null or a.community_id in"
            + " (select id from community_card where visibility <> 'SECRET' and deleted_at is null))");
  }

  @Test
  void aCommunityCountsOnlyItself() {
    assertThat(new InsightsScope(7L).on("a.community_id")).isEqualTo("a.community_id = ?9");
  }

  @Test
  void onlyOrganisationFiguresNotAskedToScanComeFromTheRollups() {
    assertThat(InsightsScope.ORGANISATION.rollups()).isTrue();
    assertThat(new InsightsScope(null, true).rollups()).isFalse();
    assertThat(new InsightsScope(7L).rollups()).isFalse();
    assertThat(new InsightsScope(7L, true).rollups()).isFalse();
  }

  @Test
  void everyScopeIsCachedUnderItsOwnKey() {
    List<String> keys = List.of(InsightsScope.ORGANISATION, new InsightsScope(null, true), new InsightsScope(7L),
        new InsightsScope(7L, true), new InsightsScope(8L)).stream().map(InsightsScope::key).toList();

    assertThat(keys).containsExactly("org", "org:scan", "c7", "c7:scan", "c8");
  }
}
