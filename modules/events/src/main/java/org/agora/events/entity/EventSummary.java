package org.agora.events.entity;

import java.time.Instant;

/**
 * An event as other modules index it (search): what, when it first and last starts, where, whose
 * and in which community. Cancelled events have none.
 */
public record EventSummary(
    long id, String title, String description, Instant startsAt, Instant lastStartsAt, boolean repeats, String location,
    Long communityId, long organiserId, Instant createdAt) {}
