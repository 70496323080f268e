package org.agora.people.entity;

import org.agora.platform.entity.DomainEvent;

/** A person was created or their profile changed; search and live views reload it by id. */
public record PersonChanged(long personId, String change) implements DomainEvent {

  @Override
  public String type() {
    return "person." + change;
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
