package org.agora.integration.entity;

import java.time.Instant;

/** A queued mail as admins see it: to whom, why (the key), and how sending went. */
public record MailView(
    long id,
    String key,
    long personId,
    String recipient,
    String subject,
    String status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt) {}
