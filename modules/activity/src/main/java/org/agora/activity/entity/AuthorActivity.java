package org.agora.activity.entity;

import java.time.Instant;

/** How many matching posts and comments one author wrote, and when the newest of them. */
public record AuthorActivity(long actorId, long count, Instant newest) {}
