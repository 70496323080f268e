package org.agora.activity.entity;

import java.time.Instant;
import java.util.List;

/**
 * A post or comment as other modules' read models (search) show it. {@code communityId} is where it
 * lives (a comment's is its post's); {@code acceptedAnswer} says a comment is the accepted answer.
 */
public record ActivitySummary(
    long id,
    ActivityType type,
    long actorId,
    Long communityId,
    Long parentId,
    String text,
    boolean question,
    Instant createdAt,
    long reactions,
    long comments,
    boolean acceptedAnswer,
    List<String> tags) {}
