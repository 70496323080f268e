package org.agora.integration.control;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.agora.integration.entity.WebhookEvent;

/** Maps an outbox row (internal type and payload) to the public webhook event type, if it has one. */
public final class EventTypes {

  private EventTypes() {}

  public static Optional<String> publicType(String outboxType, JsonObject payload) {
    String type = switch (outboxType) {
      case "activity.created" -> switch (payload.getString("activityType", "")) {
        case "POST" -> WebhookEvent.POST_CREATED;
        case "COMMENT" -> WebhookEvent.COMMENT_CREATED;
        case "SHARE" -> WebhookEvent.POST_SHARED;
        default -> null; // system stream items (joined, followed...) have their own events
      };
      case "membership.joined", "membership.approved" -> WebhookEvent.MEMBER_JOINED;
      case "membership.left", "membership.removed" -> WebhookEvent.MEMBER_LEFT;
      case "community.created" -> WebhookEvent.COMMUNITY_CREATED;
      case "bookmark.created" -> WebhookEvent.BOOKMARK_SAVED;
      default -> null;
    };
    return Optional.ofNullable(type);
  }

  /** The community an event happened in, or null for profile posts and personal bookmarks. */
  public static Long communityId(JsonObject payload) {
    return payload.containsKey("communityId") && !payload.isNull("communityId")
        ? payload.getJsonNumber("communityId").longValue()
        : null;
  }
}
