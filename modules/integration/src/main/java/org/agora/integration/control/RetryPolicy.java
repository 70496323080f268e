package org.agora.integration.control;

import java.time.Duration;

/**
 * When to try a failed delivery again: the delay doubles from {@code initial} after each failed
 * attempt, up to {@code max}; after {@code maxAttempts} attempts the delivery is given up (it stays
 * in the log and can be sent again by hand).
 */
public record RetryPolicy(Duration initial, Duration max, int maxAttempts) {

  /** The delay before the next attempt, after {@code attempts} failed ones (1 or more). */
  public Duration delayAfter(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    long millis = initial.toMillis() << doublings;
    return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
  }

  public boolean givesUpAfter(int attempts) {
    return attempts >= maxAttempts;
  }
}
