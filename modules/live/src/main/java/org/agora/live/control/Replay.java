package org.agora.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.live.entity.BusEvent;
import org.agora.platform.entity.OutboxEvent;

/**
 * What a reconnecting client missed, read back from the outbox: the same events, with the same
 * cursors, filtered by the same rule as live delivery.
 */
@ApplicationScoped
@Transactional
public class Replay {

  @PersistenceContext EntityManager em;
  @Inject Audiences audiences;

  /**
   * The missed events the session may see, in cursor order; empty when more than {@code limit}, or
   * when some of them are no longer in the outbox.
   */
  public Optional<List<BusEvent>> missed(LiveSession session, long since, int limit) {
    // Rows before the oldest one kept were deleted by the outbox retention: what they held cannot
    // be told any more, so such a client resyncs rather than replaying with a gap.
    Long oldest = em.createQuery("select min(o.id) from OutboxEvent o", Long.class).getSingleResult();
    if (oldest != null && since < oldest - 1) {
      return Optional.empty();
    }
    // Scanning is bounded too: a client away for a very long time resyncs instead.
    int scanLimit = limit * 20;
    List<OutboxEvent> rows =
        em.createQuery(
                "select o from OutboxEvent o where o.id > :since"
                    + " and (o.type like 'activity.%' or o.type = 'notification.created') order by o.id",
                OutboxEvent.class)
            .setParameter("since", since)
            .setMaxResults(scanLimit + 1)
            .getResultList();
    if (rows.size() > scanLimit) {
      return Optional.empty();
    }
    List<BusEvent> visible = new ArrayList<>();
    for (OutboxEvent row : rows) {
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
    Long max = em.createQuery("select max(o.id) from OutboxEvent o", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  static BusEvent fromRow(OutboxEvent row) {
    JsonObject p = Json.createReader(new StringReader(row.getPayload())).readObject();
    if (row.getType().startsWith("activity.")) {
      return BusEvent.activity(
          row.getId(),
          p.getJsonNumber("activityId").longValue(),
          p.getString("change"),
          p.getString("activityType"),
          p.getJsonNumber("actorId").longValue(),
          nullableLong(p, "communityId"),
          nullableLong(p, "parentId"),
          row.getCreatedAt().toEpochMilli());
    }
    return BusEvent.notification(
        row.getId(),
        p.getJsonNumber("notificationId").longValue(),
        p.getJsonNumber("recipientId").longValue(),
        p.getString("notificationType"),
        row.getCreatedAt().toEpochMilli());
  }

  private static Long nullableLong(JsonObject json, String key) {
    return json.containsKey(key) && !json.isNull(key) ? json.getJsonNumber(key).longValue() : null;
  }
}
