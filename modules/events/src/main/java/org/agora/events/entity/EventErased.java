package org.agora.events.entity;

/**
 * An erasure (GDPR Art. 17) deleted the event with its organiser's data, or kept it under the
 * anonymised organiser; search reads it again. Nobody is notified: the organiser did nothing.
 */
public record EventErased(long eventId, Long communityId, long byId) implements EventDomainEvent {

  @Override
  public String type() {
    return "event.erased";
  }
}
