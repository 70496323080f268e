package org.agora.people.entity;

import org.agora.platform.entity.DomainEvent;

/** A personal access token was revoked; open live streams opened with it close at once. */
public record TokenRevoked(long tokenId, long personId) implements DomainEvent {

  @Override
  public String type() {
    return "token.revoked";
  }

  @Override
  public String aggregateType() {
    return "token";
  }

  @Override
  public long aggregateId() {
    return tokenId;
  }
}
