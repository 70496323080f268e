package org.agora.privacy.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One export per person per hour: making one reads every module, so it is not something to ask for
 * in a loop. An export that failed does not count (the caller passes only those that did not).
 */
public final class ExportRate {

  public static final Duration WINDOW = Duration.ofHours(1);

  private ExportRate() {}

  /** How long the person still waits after their last export was asked for, or empty when they may ask now. */
  public static Optional<Duration> waitAfter(Optional<Instant> lastRequested, Instant now) {
    if (lastRequested.isEmpty()) {
      return Optional.empty();
    }
    Duration left = Duration.between(now, lastRequested.get().plus(WINDOW));
    if (left.isNegative() || left.isZero()) {
      return Optional.empty();
    }
    return Optional.of(left.getSeconds() < 1 ? Duration.ofSeconds(1) : left.withNanos(0).plusSeconds(left.getNano() > 0 ? 1 : 0));
  }
}
