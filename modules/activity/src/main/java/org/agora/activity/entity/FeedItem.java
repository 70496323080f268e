package org.agora.activity.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One stream item as a reader sees it, with everything a feed shows, loaded for a whole page at once;
 * {@code poll} is null unless the post carries one.
 */
public record FeedItem(
    long id,
    ActivityType type,
    PersonRef actor,
    CommunityRef community,
    Long parentId,
    String text,
    String html,
    boolean question,
    Long acceptedAnswerId,
    int comments,
    int reactionCount,
    Map<String, Integer> reactions,
    String myReaction,
    int shares,
    List<String> tags,
    FeedItem shared,
    PersonRef target,
    String objectRef,
    boolean edited,
    Instant createdAt,
    Instant editedAt,
    PollView poll) {

  public record PersonRef(long id, String username, String displayName, String department, String avatarUrl) {}

  public record CommunityRef(long id, String name) {}
}
