package org.agora.events.entity;

/** An event was cancelled (soft-deleted). */
public record EventCancelled(long eventId, Long communityId, long byId) implements EventDomainEvent {

  @Override
  public String type() {
    return "event.cancelled";
  }
}
