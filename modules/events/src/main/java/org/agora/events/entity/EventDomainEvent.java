package org.agora.events.entity;

import org.agora.platform.entity.DomainEvent;

/**
 * What happened to an event, fired in the transaction of the write so that it reaches the outbox
 * with it. Carries ids only: receivers reload the event, and the community id lets them decide
 * visibility without a lookup. The aggregate is the event ({@code event}, its id).
 */
public interface EventDomainEvent extends DomainEvent {

  long eventId();

  Long communityId();

  /** Who scheduled, changed, cancelled or answered. */
  long byId();

  @Override
  default String aggregateType() {
    return "event";
  }

  @Override
  default long aggregateId() {
    return eventId();
  }
}
