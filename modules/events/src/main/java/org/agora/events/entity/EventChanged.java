package org.agora.events.entity;

/** An event's details, schedule or capacity changed. */
public record EventChanged(long eventId, Long communityId, long byId) implements EventDomainEvent {

  @Override
  public String type() {
    return "event.changed";
  }
}
