package org.agora.activity.entity;

import java.time.Instant;

/** An earlier text of an edited post or comment, and when it was replaced. */
public record Revision(int revision, String text, Instant replacedAt) {}
