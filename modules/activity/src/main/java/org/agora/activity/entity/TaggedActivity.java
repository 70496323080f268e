package org.agora.activity.entity;

/** A tagged post or comment of an author; {@code postId} is the post it belongs to (its own id for a post). */
public record TaggedActivity(long actorId, long id, long postId, ActivityType type) {}
