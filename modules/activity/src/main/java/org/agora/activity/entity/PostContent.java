package org.agora.activity.entity;

import java.time.Instant;

/** A post as another module shows it beside its own data (an idea is a post): who, what, when. */
public record PostContent(long id, long actorId, String html, Instant createdAt) {}
