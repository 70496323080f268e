package org.agora.activity.entity;

import java.time.Instant;
import java.util.List;

/**
 * Notifications about the same thing shown as one line: "Anna and 4 others reacted to your
 * post". {@code id} is the newest notification of the group; {@code count} is how many people
 * (an organiser who changed an event twice is one), {@code unread} how many notifications.
 */
public record NotificationGroup(
    long id,
    NotificationType type,
    List<FeedItem.PersonRef> actors,
    int count,
    int unread,
    Long activityId,
    Long communityId,
    /** Another module's object it is about: what its post stands for ({@code event:<id>}) or {@code survey:<id>}; else null. */
    String objectRef,
    String summary,
    Instant at) {}
