package org.agora.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportRateTest {

  static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");

  @Test
  void theFirstExportNeedsNoWait() {
    assertThat(ExportRate.waitAfter(Optional.empty(), NOW)).isEmpty();
  }

  @Test
  void withinTheHourTheRestOfItIsTheWait() {
    assertThat(ExportRate.waitAfter(Optional.of(NOW.minus(Duration.ofMinutes(20))), NOW)).contains(Duration.ofMinutes(40));
    assertThat(ExportRate.waitAfter(Optional.of(NOW), NOW)).contains(Duration.ofHours(1));
  }

  @Test
  void aPartSecondIsRoundedUpSoRetryAfterIsNeverZero() {
    Instant last = NOW.minus(Duration.ofHours(1)).plusMillis(300);
    assertThat(ExportRate.waitAfter(Optional.of(last), NOW)).contains(Duration.ofSeconds(1));
  }

  @Test
  void anHourLaterThePersonMayAskAgain() {
    assertThat(ExportRate.waitAfter(Optional.of(NOW.minus(Duration.ofHours(1))), NOW)).isEmpty();
    assertThat(ExportRate.waitAfter(Optional.of(NOW.minus(Duration.ofDays(2))), NOW)).isEmpty();
  }
}
