package org.agora.platform.entity;

import java.time.Instant;

/** One outbox row as its readers see it: which event, about what, when (the payload stays behind). */
public record OutboxRow(long id, String type, String aggregateType, long aggregateId, Instant createdAt) {}
