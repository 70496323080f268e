package org.agora.search.entity;

import java.time.Instant;

/**
 * Outbox ids from {@code fromId} to {@code toId} that the relay passed without finding their rows:
 * allocated by a transaction that had not committed yet, or rolled back. The relay looks for them
 * again until they turn up or are too old to be still coming.
 */
public record RelayGap(long fromId, long toId, Instant noticedAt) {}
