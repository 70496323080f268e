package org.agora.integration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.agora.platform.entity.OutboxMessage;
import org.junit.jupiter.api.Test;

class WebhookCursorTest {

  static final Instant SETTLED_BEFORE = Instant.parse("2026-12-06T12:00:00Z");

  @Test
  void passesTheNewestRowWrittenBeforeTheSettleWindow() {
    List<OutboxMessage> read = List.of(message(11, -40), message(12, -1), message(13, 5), message(14, 20));
    assertThat(WebhookCursor.settledUpTo(read, SETTLED_BEFORE, 10)).isEqualTo(12);
  }

  @Test
  void staysWhileEverythingReadIsInsideTheWindow() {
    assertThat(WebhookCursor.settledUpTo(List.of(message(11, 2)), SETTLED_BEFORE, 10)).isEqualTo(10);
    assertThat(WebhookCursor.settledUpTo(List.of(), SETTLED_BEFORE, 10)).isEqualTo(10);
  }

  /** A row written this many seconds after the start of the settle window (negative: before it). */
  private static OutboxMessage message(long id, int secondsIntoWindow) {
    return new OutboxMessage(id, "post.created", "{}", SETTLED_BEFORE.plusSeconds(secondsIntoWindow));
  }
}
