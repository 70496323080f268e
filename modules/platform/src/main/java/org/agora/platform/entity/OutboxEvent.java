package org.agora.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A domain event stored in the same transaction as the change that caused it, so that indexing
 * and live delivery can never see a write that was rolled back, nor miss one that was committed.
 */
@Entity
@Table(name = "outbox")
public class OutboxEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String type;

  @Column(name = "aggregate_type", nullable = false, length = 40)
  private String aggregateType;

  @Column(name = "aggregate_id", nullable = false)
  private long aggregateId;

  @Column(nullable = false, columnDefinition = "text")
  private String payload;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OutboxEvent() {}

  public OutboxEvent(DomainEvent event, String payload, Instant createdAt) {
    this.type = event.type();
    this.aggregateType = event.aggregateType();
    this.aggregateId = event.aggregateId();
    this.payload = payload;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getType() {
    return type;
  }

  public String getAggregateType() {
    return aggregateType;
  }

  public long getAggregateId() {
    return aggregateId;
  }

  public String getPayload() {
    return payload;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
