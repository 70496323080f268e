package org.agora.platform.entity;

/**
 * A domain event was appended to the outbox. Fired inside the write's transaction; an observer
 * that waits for the commit ({@code TransactionPhase.AFTER_SUCCESS}) reads the row's id, which is
 * assigned by then: the durable, ever-growing sequence number of the event (live cursors use it).
 */
public record OutboxRecorded(OutboxEvent row, DomainEvent event) {

  /** The outbox id; only known once the row was inserted (at flush or commit). */
  public long outboxId() {
    return row.getId();
  }
}
