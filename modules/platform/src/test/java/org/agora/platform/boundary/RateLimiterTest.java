package org.agora.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  @Test
  void allowsTheLimitPerWindowThenSaysHowLongToWait() {
    MovableClock clock = new MovableClock();
    RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
    assertThat(limiter.acquire("anna")).isEmpty();
    assertThat(limiter.acquire("anna")).isEmpty();
    assertThat(limiter.blocked("anna")).isEmpty();
    assertThat(limiter.acquire("anna")).isEmpty();
    assertThat(limiter.blocked("anna")).isPresent();
    clock.now = clock.now.plusSeconds(20);
    assertThat(limiter.acquire("anna")).contains(Duration.ofSeconds(40));
    assertThat(limiter.acquire("ben")).isEmpty(); // keys are independent
    clock.now = clock.now.plusSeconds(40);
    assertThat(limiter.acquire("anna")).isEmpty(); // a new window
  }

  @Test
  void aResetForgetsTheKey() {
    RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), new MovableClock());
    limiter.acquire("anna");
    assertThat(limiter.acquire("anna")).isPresent();
    limiter.reset("anna");
    assertThat(limiter.acquire("anna")).isEmpty();
  }
}
