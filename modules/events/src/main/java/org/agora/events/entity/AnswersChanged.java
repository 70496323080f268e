package org.agora.events.entity;

/**
 * Someone answered an occurrence or withdrew their answer (the waiting list may have moved with
 * it); open pages of the event read its answers again.
 */
public record AnswersChanged(long eventId, Long communityId, long byId) implements EventDomainEvent {

  @Override
  public String type() {
    return "event.answered";
  }
}
