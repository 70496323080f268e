package org.agora.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.live.entity.BusEvent;
import org.agora.platform.boundary.Outbox;
import org.agora.platform.entity.OutboxMessage;
import org.agora.platform.entity.OutboxRow;

/**
 * What a reconnecting client missed, read back from the outbox: the same events, with the same
 * cursors, filtered by the same rule as live delivery.
 */
@ApplicationScoped
@Transactional
public class Replay {

  @Inject Outbox outbox;
  @Inject Audiences audiences;

  /**
   * The missed events the session may see, in cursor order; empty when more than {@code limit}, or
   * when some of them are no longer in the outbox.
   */
  public Optional<List<BusEvent>> missed(LiveSession session, long since, int limit) {
    // Rows before the oldest one kept were deleted by the outbox retention: what they held cannot
    // be told any more, so such a client resyncs rather than replaying with a gap.
    List<OutboxRow> oldest = outbox.after(0, 1);
    if (!oldest.isEmpty() && since < oldest.get(0).id() - 1) {
      return Optional.empty();
    }
    // Scanning is bounded too (over every outbox row, live ones or not): a client away for a very
    // long time resyncs instead.
    int scanLimit = limit * 20;
    List<OutboxMessage> rows = outbox.messagesAfter(since, scanLimit + 1);
    if (rows.size() > scanLimit) {
      return Optional.empty();
    }
    List<BusEvent> visible = new ArrayList<>();
    for (OutboxMessage row : rows.stream().filter(row -> isLive(row.type())).toList()) {
      BusEvent event = fromRow(row);
      if (!audiences.of(event, List.of(session)).isEmpty()) {
        visible.add(event);
        if (visible.size() > limit) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(visible);
  }

  /** The newest cursor, where a fresh client starts. */
  public long latestCursor() {
    return outbox.newestId();
  }

  /** The announcements module's event; live reads its payload, not its class. */
  static final String ANNOUNCEMENT_POSTED = "announcement.posted";

  /** The outbox events that live streams carry. */
  static boolean isLive(String type) {
    return type.startsWith("activity.") || type.equals("notification.created") || type.equals(ANNOUNCEMENT_POSTED);
  }

  /** A new announcement from its outbox payload ({@code announcementId}, {@code activityId}, {@code communityId}). */
  static BusEvent announcement(long cursor, String payload, long committedAt) {
    JsonObject p = Json.createReader(new StringReader(payload)).readObject();
    return BusEvent.announcement(cursor, p.getJsonNumber("announcementId").longValue(),
        p.getJsonNumber("activityId").longValue(), nullableLong(p, "communityId"), committedAt);
  }

  static BusEvent fromRow(OutboxMessage row) {
    if (row.type().equals(ANNOUNCEMENT_POSTED)) {
      return announcement(row.id(), row.payload(), row.createdAt().toEpochMilli());
    }
    JsonObject p = Json.createReader(new StringReader(row.payload())).readObject();
    if (row.type().startsWith("activity.")) {
      return BusEvent.activity(
          row.id(),
          p.getJsonNumber("activityId").longValue(),
          p.getString("change"),
          p.getString("activityType"),
          p.getJsonNumber("actorId").longValue(),
          nullableLong(p, "communityId"),
          nullableLong(p, "parentId"),
          row.createdAt().toEpochMilli());
    }
    return BusEvent.notification(
        row.id(),
        p.getJsonNumber("notificationId").longValue(),
        p.getJsonNumber("recipientId").longValue(),
        p.getString("notificationType"),
        row.createdAt().toEpochMilli());
  }

  private static Long nullableLong(JsonObject json, String key) {
    return json.containsKey(key) && !json.isNull(key) ? json.getJsonNumber(key).longValue() : null;
  }
}
