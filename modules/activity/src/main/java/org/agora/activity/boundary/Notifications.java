package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.activity.control.ActivityViews;
import org.agora.activity.control.Audience;
import org.agora.activity.entity.FeedItem;
import org.agora.activity.entity.NotificationGroup;
import org.agora.activity.entity.NotificationType;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * A person's notifications, grouped per thing ("Anna and 4 others reacted to your post"), with
 * unread counts, marking as read, and per-type preferences. Groups about content the person can
 * no longer read (left the community, post deleted) are not shown.
 */
@ApplicationScoped
@Transactional
public class Notifications {

  static final int ACTORS_SHOWN = 3;

  @PersistenceContext EntityManager em;
  @Inject Audience audience;
  @Inject org.agora.activity.control.Notifier notifier;
  @Inject Clock clock;
  @Inject PeopleInBulk people;

  public Page<NotificationGroup> list(AgoraPrincipal reader, boolean unreadOnly, PageRequest page) {
    long before = page.after() == null ? Long.MAX_VALUE : page.after();
    String sql =
        "select max(n.id) as last, min(n.type), count(distinct n.actor_id), count(*) filter (where n.read_at is null),"
            + " min(n.activity_id), min(n.community_id), max(n.created_at),"
            + " min(coalesce(n.object_ref, a.object_ref)),"
            + " array_to_string((array_agg(n.actor_id order by n.id desc))[1:" + ACTORS_SHOWN + "], ',')"
            + " from notification n left join activity a on a.id = n.activity_id"
            + " where n.recipient_id = ?1 and (n.activity_id is null or (a.deleted_at is null"
            + "   and (a.community_id is null or a.community_id = any(cast(?2 as bigint[])))))"
            + (unreadOnly ? " and n.read_at is null" : "")
            + " group by n.group_key having max(n.id) < ?3 order by last desc limit ?4";
    List<GroupRow> rows =
        NativeSql.rows(
            em.createNativeQuery(sql)
                .setParameter(1, reader.id())
                .setParameter(2, Audience.idArray(audience.readableCommunities(asMember(reader))))
                .setParameter(3, before)
                .setParameter(4, page.fetchSize()),
            r -> new GroupRow(r.nextLong(), NotificationType.valueOf(r.nextText()), (int) r.nextLong(), (int) r.nextLong(),
                r.nextLongOrNull(), r.nextLongOrNull(), r.nextInstant(), r.nextText(), ids(r.nextText())));
    Map<Long, FeedItem.PersonRef> people = actors(rows);
    List<NotificationGroup> groups = new ArrayList<>();
    for (GroupRow r : rows) {
      List<FeedItem.PersonRef> actors = new ArrayList<>();
      for (Long actorId : r.actorIds()) {
        FeedItem.PersonRef ref = people.get(actorId);
        if (ref != null) actors.add(ref);
      }
      groups.add(new NotificationGroup(
          r.lastId(), r.type(), actors, r.count(), r.unread(), r.activityId(), r.communityId(), r.objectRef(),
          summary(r.type(), actors, r.count()), r.lastAt()));
    }
    return Page.of(groups, page.limit(), NotificationGroup::id);
  }

  /** One group of notifications as the list query reads it; {@code actorIds} newest first. */
  private record GroupRow(
      long lastId, NotificationType type, int count, int unread, Long activityId, Long communityId, Instant lastAt,
      String objectRef, List<Long> actorIds) {}

  /**
   * Notifies one person on behalf of another module (moderation, ideas), with the same
   * preferences and grouping as every other notification. The caller has checked that the
   * recipient may see what it is about.
   */
  public void tell(long recipientId, NotificationType type, long actorId, Long activityId, Long communityId) {
    notifier.notify(recipientId, type, actorId, activityId, communityId);
  }

  /**
   * Notifies one person about another module's object that has no stream item, by its reference
   * ({@code survey:<id>}); all notifications of one type about it are one line. The caller has
   * checked that the recipient may see it.
   */
  public void tell(long recipientId, NotificationType type, long actorId, String objectRef) {
    notifier.notify(recipientId, type, actorId, objectRef);
  }

  public long unreadCount(AgoraPrincipal reader) {
    return list(reader, true, PageRequest.of(PageRequest.MAX_LIMIT, null)).items().stream().mapToLong(NotificationGroup::unread).sum();
  }

  /** Marks a whole group (the line the person clicked) as read. */
  public void markRead(AgoraPrincipal reader, long notificationId) {
    int updated =
        em.createNativeQuery(
                "update notification set read_at = ?3 where recipient_id = ?1 and read_at is null and group_key ="
                    + " (select group_key from notification where id = ?2 and recipient_id = ?1)")
            .setParameter(1, reader.id())
            .setParameter(2, notificationId)
            .setParameter(3, Instant.now(clock).atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (updated == 0 && em.createNativeQuery("select 1 from notification where id = ?1 and recipient_id = ?2")
        .setParameter(1, notificationId).setParameter(2, reader.id()).getResultList().isEmpty()) {
      throw new NotFoundException("No notification with id " + notificationId);
    }
  }

  public void markAllRead(AgoraPrincipal reader) {
    em.createNativeQuery("update notification set read_at = ?2 where recipient_id = ?1 and read_at is null")
        .setParameter(1, reader.id())
        .setParameter(2, Instant.now(clock).atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  public Map<NotificationType, Boolean> preferences(AgoraPrincipal reader) {
    Map<NotificationType, Boolean> prefs = new EnumMap<>(NotificationType.class);
    for (NotificationType type : NotificationType.values()) {
      prefs.put(type, true);
    }
    NativeSql.rows(
            em.createNativeQuery("select type, enabled from notification_preference where person_id = ?1")
                .setParameter(1, reader.id()),
            r -> Map.entry(NotificationType.valueOf(r.nextText()), r.nextBoolean()))
        .forEach(e -> prefs.put(e.getKey(), e.getValue()));
    return prefs;
  }

  public Map<NotificationType, Boolean> updatePreferences(AgoraPrincipal reader, Map<NotificationType, Boolean> changes) {
    changes.forEach(
        (type, enabled) ->
            em.createNativeQuery(
                    "insert into notification_preference (person_id, type, enabled) values (?1, ?2, ?3)"
                        + " on conflict (person_id, type) do update set enabled = excluded.enabled")
                .setParameter(1, reader.id())
                .setParameter(2, type.name())
                .setParameter(3, Boolean.TRUE.equals(enabled))
                .executeUpdate());
    return preferences(reader);
  }

  static String summary(NotificationType type, List<FeedItem.PersonRef> actors, int count) {
    String who = actors.isEmpty() ? "Someone" : actors.get(0).displayName();
    if (count > 1) {
      who += " and " + (count - 1) + (count == 2 ? " other" : " others");
    }
    return who + switch (type) {
      case MENTIONED -> " mentioned you";
      case REPLIED -> " commented on your post";
      case REACTED -> " reacted to your post";
      case SHARED -> " shared your post";
      case FOLLOWED -> " started following you";
      case ENDORSED -> " endorsed your skills";
      case ANSWER_ACCEPTED -> " accepted your answer";
      case INVITED -> " invited you to a community";
      case JOIN_REQUESTED -> " asked to join your community";
      case JOIN_ANSWERED -> " answered your request to join";
      case MODERATED -> " moderated something you wrote or saved";
      case IDEA_STATUS -> " changed the status of an idea you voted for";
      case REPORT_DECIDED -> " decided on something you reported";
      case EVENT_CHANGED -> " changed an event you answered";
      case EVENT_CANCELLED -> " cancelled an event you answered";
      case EVENT_REMINDER -> "'s event, which you are going to, starts soon";
      case SURVEY_INVITED -> " asked you to answer a survey";
      case SURVEY_REMINDER -> "'s survey, which you have not answered, closes soon";
      case ANNOUNCEMENT_REMINDER -> " asks you to confirm an announcement you have not confirmed yet";
      case BUDDY_ASSIGNED -> " is new here, and you are their buddy";
      case NEWCOMER_FIRST_POST -> ", new in your department, wrote their first post: say hello";
    };
  }

  private Map<Long, FeedItem.PersonRef> actors(List<GroupRow> rows) {
    Set<Long> ids = new java.util.HashSet<>();
    rows.forEach(r -> ids.addAll(r.actorIds()));
    Map<Long, FeedItem.PersonRef> refs = new HashMap<>();
    people.active(ids).forEach(p -> refs.put(p.getId(), ActivityViews.personRef(p)));
    return refs;
  }

  /** A comma-separated list of ids, as {@code array_to_string} writes it. */
  static List<Long> ids(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isEmpty()) {
      return List.of();
    }
    return java.util.Arrays.stream(commaSeparated.split(",")).map(Long::valueOf).toList();
  }

  private static AgoraPrincipal asMember(AgoraPrincipal reader) {
    return new AgoraPrincipal(reader.id(), reader.username(), false);
  }
}
