package org.agora.integration.control;

import java.time.Instant;
import java.util.List;
import org.agora.platform.entity.OutboxMessage;

/**
 * How far a webhook's outbox cursor may move. Outbox ids are allocated before commit, so a row
 * may still appear below the newest one read; the cursor therefore passes only rows written
 * before the settle window, and the rows after them are read again (their deliveries are unique).
 */
final class WebhookCursor {

  private WebhookCursor() {}

  /** The newest id among {@code read} written before {@code settledBefore}; {@code cursor} if none. */
  static long settledUpTo(List<OutboxMessage> read, Instant settledBefore, long cursor) {
    return read.stream()
        .filter(m -> m.createdAt().isBefore(settledBefore))
        .mapToLong(OutboxMessage::id)
        .reduce(cursor, Math::max);
  }
}
