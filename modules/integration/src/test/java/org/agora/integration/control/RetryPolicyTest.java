package org.agora.integration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), 15);

  @Test
  void doublesTheDelayAfterEachFailureUpToTheMaximum() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(160));
    assertThat(policy.delayAfter(12)).isEqualTo(Duration.ofHours(1));
    assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    assertThat(policy.givesUpAfter(14)).isFalse();
    assertThat(policy.givesUpAfter(15)).isTrue();
  }
}
