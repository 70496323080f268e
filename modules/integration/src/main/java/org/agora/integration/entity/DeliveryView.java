package org.agora.integration.entity;

import java.time.Instant;
import java.util.List;

/** One entry of a webhook's delivery log, with every attempt and the status code it got. */
public record DeliveryView(
    long id,
    long outboxId,
    String eventType,
    DeliveryStatus status,
    int attempts,
    Integer lastStatusCode,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant deliveredAt,
    List<Attempt> history) {

  public DeliveryView withHistory(List<Attempt> tried) {
    return new DeliveryView(id, outboxId, eventType, status, attempts, lastStatusCode, lastError, createdAt, nextAttemptAt,
        deliveredAt, tried);
  }

  /** {@code statusCode} is null when no answer came (refused, timed out); {@code error} says why. */
  public record Attempt(int attempt, Instant at, Integer statusCode, String error, int durationMs) {}
}
