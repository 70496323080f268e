package org.agora.ideas.entity;

import java.time.Instant;

/** An idea as a reader sees it: the post, its votes, my vote (-1, 0, 1) and its status. */
public record IdeaView(
    long id,
    long communityId,
    long authorId,
    String authorName,
    String html,
    IdeaStatus status,
    String statusNote,
    int score,
    int votes,
    int myVote,
    Instant createdAt,
    Instant statusChangedAt) {}
