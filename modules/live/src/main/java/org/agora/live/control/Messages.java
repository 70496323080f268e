package org.agora.live.control;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.agora.live.entity.BusEvent;

/**
 * The server-to-client frames, encoded once per event: they carry ids and kinds, nothing that
 * depends on the receiver, so one string serves every session that may see the event.
 */
public final class Messages {

  // Json.createObjectBuilder() looks the provider up with a ServiceLoader scan on every call: a
  // fifth of the live router's time per event in a profile. The provider is thread-safe.
  private static final JsonProvider JSON = JsonProvider.provider();

  private Messages() {}

  public static String activity(BusEvent e) {
    JsonObjectBuilder json = head("activity", e.cursor())
        .add("change", e.change())
        .add("activityId", e.activityId())
        .add("activityType", e.activityType())
        .add("actorId", e.actorId())
        .add("committedAt", e.committedAt());
    if (e.communityId() != null) {
      json.add("communityId", e.communityId());
    }
    if (e.parentId() != null) {
      json.add("parentId", e.parentId());
    }
    return json.build().toString();
  }

  /** A new announcement: the benchmark's clients read this contract, keep it as it is. */
  public static String announcement(BusEvent e) {
    JsonObjectBuilder json = head("announcement", e.cursor())
        .add("announcementId", e.aggregateId())
        .add("activityId", e.activityId())
        .add("committedAt", e.committedAt());
    if (e.communityId() != null) {
      json.add("communityId", e.communityId());
    }
    return json.build().toString();
  }

  /** The frame of an event that sessions receive. */
  public static String frame(BusEvent e) {
    return switch (e.kind()) {
      case BusEvent.ACTIVITY -> activity(e);
      case BusEvent.ANNOUNCEMENT -> announcement(e);
      default -> notification(e);
    };
  }

  public static String notification(BusEvent e) {
    return head("notification", e.cursor())
        .add("notificationId", e.notificationId())
        .add("notificationType", e.notificationType())
        .add("committedAt", e.committedAt())
        .build()
        .toString();
  }

  public static String counts(long cursor, long unreadNotifications) {
    return head("counts", cursor).add("notifications", unreadNotifications).build().toString();
  }

  public static String heartbeat(long cursor) {
    return head("heartbeat", cursor).build().toString();
  }

  public static String resync(long cursor, String reason) {
    return head("resync", cursor).add("reason", reason).build().toString();
  }

  public static String error(long cursor, String error, String detail) {
    return head("error", cursor).add("error", error).add("detail", detail).build().toString();
  }

  public static String subscribed(long cursor, String stream, boolean on) {
    return head(on ? "subscribed" : "unsubscribed", cursor).add("stream", stream).build().toString();
  }

  private static JsonObjectBuilder head(String type, long cursor) {
    return JSON.createObjectBuilder().add("type", type).add("cursor", cursor);
  }
}
