package org.agora.people.entity;

import org.agora.platform.entity.DomainEvent;

/** {@code endorserId} vouched for {@code personId}'s {@code skill}. */
public record SkillEndorsed(long personId, String skill, long endorserId) implements DomainEvent {

  @Override
  public String type() {
    return "skill.endorsed";
  }

  @Override
  public String aggregateType() {
    return "person";
  }

  @Override
  public long aggregateId() {
    return personId;
  }
}
