package org.agora.people.entity;

import org.agora.platform.entity.DomainEvent;

/** {@code followerId} stopped following {@code followeeId}. */
public record PersonUnfollowed(long followerId, long followeeId) implements DomainEvent {

  @Override
  public String type() {
    return "person.unfollowed";
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
