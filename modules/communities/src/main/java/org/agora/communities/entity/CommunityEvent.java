package org.agora.communities.entity;

import org.agora.platform.entity.DomainEvent;

/**
 * Something happened to a community or a membership: {@code community.created|updated|deleted},
 * {@code membership.joined|requested|invited|approved|rejected|declined|left|removed|role-changed|erased}
 * (erased: an admin erased the person, GDPR Art. 17).
 * {@code personId} is whose membership changed (or the creator), {@code byId} who did it.
 */
public record CommunityEvent(String type, long communityId, Visibility visibility, long personId, long byId)
    implements DomainEvent {

  @Override
  public String aggregateType() {
    return "community";
  }

  @Override
  public long aggregateId() {
    return communityId;
  }
}
