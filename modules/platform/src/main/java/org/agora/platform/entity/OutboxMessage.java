package org.agora.platform.entity;

import java.time.Instant;

/** One outbox row with its payload (JSON), for readers that pass on what the event says. */
public record OutboxMessage(long id, String type, String payload, Instant createdAt) {}
