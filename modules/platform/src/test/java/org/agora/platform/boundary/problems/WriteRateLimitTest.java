package org.agora.platform.boundary.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Writes are limited per person and, across people, per client address. */
class WriteRateLimitTest {

  private static WriteRateLimit limit(int perPerson, int perAddress) {
    WriteRateLimit limit = new WriteRateLimit();
    limit.clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    limit.perMinute = perPerson;
    limit.perAddressPerMinute = perAddress;
    limit.create();
    return limit;
  }

  @Test
  void aPersonOverTheirLimitWaitsWhileAColleagueAtTheSameAddressMayStillWrite() {
    WriteRateLimit limit = limit(3, 100);
    IntStream.range(0, 3).forEach(i -> assertThat(limit.admit(Optional.of(1L), "10.0.0.5")).isEmpty());

    assertThat(limit.admit(Optional.of(1L), "10.0.0.5")).hasValueSatisfying(w -> assertThat(w.toSeconds()).isBetween(1L, 60L));
    assertThat(limit.admit(Optional.of(2L), "10.0.0.5")).isEmpty();
  }

  @Test
  void manyPeopleFromOneAddressAreStoppedAtTheAddressLimit() {
    WriteRateLimit limit = limit(3, 5);
    IntStream.range(0, 5).forEach(i -> assertThat(limit.admit(Optional.of((long) i), "203.0.113.9")).isEmpty());

    assertThat(limit.admit(Optional.of(99L), "203.0.113.9")).isPresent();
    assertThat(limit.admit(Optional.of(99L), "198.51.100.1")).isEmpty();
  }

  @Test
  void theAnonymousCountByAddressAndTheAddressLimitCanBeSwitchedOff() {
    WriteRateLimit limit = limit(2, 0);
    IntStream.range(0, 10).forEach(i -> assertThat(limit.admit(Optional.of((long) i), "192.0.2.1")).isEmpty());

    assertThat(limit.admit(Optional.empty(), "192.0.2.7")).isEmpty();
    assertThat(limit.admit(Optional.empty(), "192.0.2.7")).isEmpty();
    assertThat(limit.admit(Optional.empty(), "192.0.2.7")).isPresent();
  }
}
