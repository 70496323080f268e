package org.agora.activity.entity;

import org.agora.platform.entity.DomainEvent;

/**
 * Something happened to an activity: {@code created}, {@code edited}, {@code deleted},
 * {@code reacted}, {@code answer-accepted}. Live delivery and search reload the activity by id;
 * the community id travels along so receivers can decide visibility without a lookup. {@code byId}
 * is who did it (the author for created and edited, the reactor, the deleter, the asker).
 */
public record ActivityEvent(
    long activityId,
    String change,
    ActivityType activityType,
    long actorId,
    Long communityId,
    Long parentId,
    long byId)
    implements DomainEvent {

  @Override
  public String type() {
    return "activity." + change;
  }

  @Override
  public String aggregateType() {
    return "activity";
  }

  @Override
  public long aggregateId() {
    return activityId;
  }
}
