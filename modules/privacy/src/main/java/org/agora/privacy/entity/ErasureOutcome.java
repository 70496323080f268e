package org.agora.privacy.entity;

import java.time.Instant;

/** That a person's data was erased: when, by which admin, and whether what they wrote was kept. */
public record ErasureOutcome(long personId, Instant erasedAt, long erasedBy, boolean keepContent) {}
