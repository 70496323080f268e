package org.agora.activity.entity;

import org.agora.platform.entity.DomainEvent;

/**
 * A notification was stored. Live delivery pushes it, and the email digest (a later module)
 * hooks in here: it reads the notification by id and decides by the person's preferences.
 */
public record NotificationCreated(long notificationId, long recipientId, NotificationType notificationType)
    implements DomainEvent {

  @Override
  public String type() {
    return "notification.created";
  }

  @Override
  public String aggregateType() {
    return "notification";
  }

  @Override
  public long aggregateId() {
    return notificationId;
  }
}
