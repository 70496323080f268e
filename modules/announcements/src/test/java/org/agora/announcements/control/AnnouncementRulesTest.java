package org.agora.announcements.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.junit.jupiter.api.Test;

class AnnouncementRulesTest {

  static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
  static final AgoraPrincipal ADMIN = new AgoraPrincipal(1, "admin", true);
  static final AgoraPrincipal COLLEAGUE = new AgoraPrincipal(2, "kim", false);

  @Test
  void aDatePinsThroughThatDayAndAnInstantUntilThen() {
    assertThat(AnnouncementRules.draft("Hello", null, true, "2026-12-10", NOW).pinnedUntil())
        .isEqualTo(Instant.parse("2026-12-11T00:00:00Z"));
    assertThat(AnnouncementRules.draft("Hello", 4L, null, "2026-12-08T12:00:00Z", NOW).pinnedUntil())
        .isEqualTo(Instant.parse("2026-12-08T12:00:00Z"));
    assertThat(AnnouncementRules.draft(" Hello ", null, null, "2026-12-10", NOW).mustRead()).isFalse();
  }

  @Test
  void badInputNamesItsField() {
    assertRefused(() -> AnnouncementRules.draft(" ", null, true, "2026-12-10", NOW), "text");
    assertRefused(() -> AnnouncementRules.draft("x".repeat(10_001), null, true, "2026-12-10", NOW), "text");
    assertRefused(() -> AnnouncementRules.draft("Hi", null, true, null, NOW), "pinnedUntil");
    assertRefused(() -> AnnouncementRules.draft("Hi", null, true, "tomorrow", NOW), "pinnedUntil");
    assertRefused(() -> AnnouncementRules.draft("Hi", null, true, "2026-12-07", NOW), "pinnedUntil");
    assertRefused(() -> AnnouncementRules.draft("Hi", null, true, "2026-12-08T10:00:00Z", NOW), "pinnedUntil");
    assertRefused(() -> AnnouncementRules.draft("Hi", null, true, "2028-01-01", NOW), "pinnedUntil");
    assertRefused(() -> AnnouncementRules.draft("Hi", 0L, true, "2026-12-10", NOW), "communityId");
  }

  @Test
  void adminsAnnounceToEveryoneModeratorsToTheirCommunity() {
    assertThat(AnnouncementRules.mayPost(ADMIN, null, false)).isTrue();
    assertThat(AnnouncementRules.mayPost(COLLEAGUE, null, false)).isFalse();
    assertThat(AnnouncementRules.mayPost(COLLEAGUE, null, true)).isFalse();
    assertThat(AnnouncementRules.mayPost(COLLEAGUE, 4L, true)).isTrue();
    assertThat(AnnouncementRules.mayPost(COLLEAGUE, 4L, false)).isFalse();
  }

  @Test
  void pinnedUntilItsDateUnlessConfirmedOrDismissed() {
    Instant later = NOW.plusSeconds(60);
    assertThat(AnnouncementRules.pinned(later, NOW, false, false)).isTrue();
    assertThat(AnnouncementRules.pinned(NOW, NOW, false, false)).isFalse();
    assertThat(AnnouncementRules.pinned(later, NOW, true, false)).isFalse();
    assertThat(AnnouncementRules.pinned(later, NOW, false, true)).isFalse();
  }

  private static void assertRefused(Runnable call, String field) {
    assertThatThrownBy(call::run).isInstanceOf(Refusal.class).hasMessageContaining(field);
  }
}
