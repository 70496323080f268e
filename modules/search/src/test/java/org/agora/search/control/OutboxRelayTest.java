package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboxRelayTest {

  @Test
  void backsOffExponentiallyUpToThirtySeconds() {
    assertThat(OutboxRelay.backoffMillis(1)).isEqualTo(500);
    assertThat(OutboxRelay.backoffMillis(2)).isEqualTo(1_000);
    assertThat(OutboxRelay.backoffMillis(5)).isEqualTo(8_000);
    assertThat(OutboxRelay.backoffMillis(7)).isEqualTo(30_000);
    assertThat(OutboxRelay.backoffMillis(10_000)).isEqualTo(30_000);
  }
}
