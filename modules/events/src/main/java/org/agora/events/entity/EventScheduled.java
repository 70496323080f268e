package org.agora.events.entity;

/** An event was created. */
public record EventScheduled(long eventId, Long communityId, long byId) implements EventDomainEvent {

  @Override
  public String type() {
    return "event.scheduled";
  }
}
