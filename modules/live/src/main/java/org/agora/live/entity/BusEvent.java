package org.agora.live.entity;

/**
 * What travels on the cluster bus after a commit: ids only, small enough to send to every node
 * for every write. {@code cursor} is the event's outbox id. Kinds: {@code activity},
 * {@code notification}, {@code changed} (another module's object that open pages follow, such as
 * an event and its answers: {@code aggregateType} and {@code aggregateId}; for the web UI only,
 * WebSocket clients do not get it), {@code announcement} (a new announcement, {@code aggregateId},
 * which is also the post {@code activityId}; to everyone, or to the members of {@code communityId}),
 * and {@code close} (a person was disabled or a token revoked:
 * close their streams; {@code tokenId} null means every stream of the person). {@code committedAt} is when
 * the write committed (milliseconds since the epoch; for events read back from the outbox, when
 * the row was written).
 */
public record BusEvent(
    String kind,
    long cursor,
    Long activityId,
    String change,
    String activityType,
    Long actorId,
    Long communityId,
    Long parentId,
    Long notificationId,
    Long recipientId,
    String notificationType,
    Long personId,
    Long tokenId,
    long committedAt,
    String aggregateType,
    Long aggregateId) {

  public static final String ACTIVITY = "activity";
  public static final String NOTIFICATION = "notification";
  public static final String CLOSE = "close";
  public static final String CHANGED = "changed";
  public static final String ANNOUNCEMENT = "announcement";

  public static BusEvent activity(
      long cursor, long activityId, String change, String activityType, long actorId, Long communityId, Long parentId,
      long committedAt) {
    return new BusEvent(
        ACTIVITY, cursor, activityId, change, activityType, actorId, communityId, parentId, null, null, null, null, null,
        committedAt, null, null);
  }

  public static BusEvent notification(
      long cursor, long notificationId, long recipientId, String notificationType, long committedAt) {
    return new BusEvent(
        NOTIFICATION, cursor, null, null, null, null, null, null, notificationId, recipientId, notificationType, null, null,
        committedAt, null, null);
  }

  public static BusEvent close(long cursor, long personId, Long tokenId) {
    return new BusEvent(CLOSE, cursor, null, null, null, null, null, null, null, null, null, personId, tokenId, 0, null, null);
  }

  public static BusEvent announcement(long cursor, long announcementId, long activityId, Long communityId, long committedAt) {
    return new BusEvent(ANNOUNCEMENT, cursor, activityId, null, null, null, communityId, null, null, null, null, null, null,
        committedAt, ANNOUNCEMENT, announcementId);
  }

  public static BusEvent changed(long cursor, String aggregateType, long aggregateId, long committedAt) {
    return new BusEvent(
        CHANGED, cursor, null, null, null, null, null, null, null, null, null, null, null, committedAt, aggregateType, aggregateId);
  }
}
