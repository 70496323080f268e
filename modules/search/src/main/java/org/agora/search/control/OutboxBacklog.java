package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.agora.platform.boundary.Outbox;

/** How far indexing lags behind the writes: the outbox after search's cursor, read whenever metrics are scraped. */
@ApplicationScoped
@Transactional
public class OutboxBacklog {

  @Inject RelayCursor cursor;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** Outbox rows not yet indexed. */
  public long pending() {
    return pendingNow().rows();
  }

  /** Seconds since the oldest row not yet indexed was written; 0 when there is none. */
  public double lagSeconds() {
    Outbox.Pending pending = pendingNow();
    return pending.oldest() == null ? 0 : Duration.between(pending.oldest(), clock.instant()).toMillis() / 1000.0;
  }

  private Outbox.Pending pendingNow() {
    return outbox.pendingAfter(cursor.lastId());
  }
}
