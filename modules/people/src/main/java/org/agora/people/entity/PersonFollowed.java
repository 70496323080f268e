package org.agora.people.entity;

import org.agora.platform.entity.DomainEvent;

/** {@code followerId} started following {@code followeeId}. */
public record PersonFollowed(long followerId, long followeeId) implements DomainEvent {

  @Override
  public String type() {
    return "person.followed";
  }

  @Override
  public String aggregateType() {
    return "person";
  }

  @Override
  public long aggregateId() {
    return followeeId;
  }
}
