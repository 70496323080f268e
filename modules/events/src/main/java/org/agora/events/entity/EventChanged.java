package org.agora.events.entity;

import org.agora.platform.entity.DomainEvent;

/**
 * An event's details, schedule or capacity changed; fired in the transaction of the write, so it reaches the outbox with it. Carries ids only:
 * receivers reload the event, and the community id lets them decide visibility without a lookup.
 */
public record EventChanged(long eventId, Long communityId, long byId) implements DomainEvent {

  @Override
  public String type() {
    return "event.changed";
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
