package org.agora.announcements.entity;

import org.agora.platform.entity.DomainEvent;

/**
 * A new announcement was posted ({@code announcement.posted}). Live delivery carries it to every
 * open session of its audience: everyone when {@code communityId} is null, else the community's
 * members. Its outbox payload names the fields; live reads them there, so it needs no class of
 * this module.
 */
public record AnnouncementPosted(long announcementId, long activityId, Long communityId, long authorId)
    implements DomainEvent {

  @Override
  public String type() {
    return "announcement.posted";
  }

  @Override
  public String aggregateType() {
    return "announcement";
  }

  @Override
  public long aggregateId() {
    return announcementId;
  }
}
