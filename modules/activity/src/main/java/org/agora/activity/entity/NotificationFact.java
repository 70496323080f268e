package org.agora.activity.entity;

import java.time.Instant;

/**
 * One notification as other modules read it (mail, digests): what happened, who did it (null for
 * the system), and what it is about, with the names and text they put in a message.
 */
public record NotificationFact(
    long id,
    long recipientId,
    NotificationType type,
    String actorName,
    Long activityId,
    String activityText,
    Long communityId,
    String communityName,
    Instant createdAt,
    /** Another module's object it is about: what its item stands for ({@code event:<id>}) or {@code survey:<id>}; else null. */
    String objectRef) {}
