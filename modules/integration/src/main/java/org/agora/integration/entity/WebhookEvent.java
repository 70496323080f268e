package org.agora.integration.entity;

import java.util.List;

/**
 * The event types a webhook can subscribe to: a stable public vocabulary, mapped from the
 * internal outbox types so the internal names can change without breaking receivers.
 */
public final class WebhookEvent {

  public static final String POST_CREATED = "post.created";
  public static final String COMMENT_CREATED = "comment.created";
  public static final String POST_SHARED = "post.shared";
  public static final String MEMBER_JOINED = "member.joined";
  public static final String MEMBER_LEFT = "member.left";
  public static final String BOOKMARK_SAVED = "bookmark.saved";
  public static final String COMMUNITY_CREATED = "community.created";

  public static final List<String> ALL =
      List.of(POST_CREATED, COMMENT_CREATED, POST_SHARED, MEMBER_JOINED, MEMBER_LEFT, BOOKMARK_SAVED, COMMUNITY_CREATED);

  private WebhookEvent() {}
}
