package org.agora.events.entity;

import org.agora.platform.entity.DomainEvent;

/**
 * An event was created; fired in the transaction of the write, so it reaches the outbox with it. Carries ids only:
 * receivers reload the event, and the community id lets them decide visibility without a lookup.
 */
public record EventScheduled(long eventId, Long communityId, long byId) implements DomainEvent {

  @Override
  public String type() {
    return "event.scheduled";
  }

  @Override
  public String aggregateType() {
    return "event";
  }

  @Override
  public long aggregateId() {
    return eventId;
  }
}
