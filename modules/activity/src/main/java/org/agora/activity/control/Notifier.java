package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.agora.activity.entity.NotificationCreated;
import org.agora.activity.entity.NotificationType;
import org.agora.platform.entity.DomainEvent;

/**
 * Stores one notification, unless the recipient switched that kind off or would be told about
 * their own doing. Callers have already checked that the recipient may see what it is about.
 */
@ApplicationScoped
public class Notifier {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;

  public void notify(long recipientId, NotificationType type, long actorId, Long activityId, Long communityId) {
    String about = activityId != null ? "a" + activityId : communityId != null ? "c" + communityId : "p" + recipientId;
    store(recipientId, type, actorId, activityId, communityId, null, type + ":" + about);
  }

  /**
   * About another module's object that has no stream item ({@code survey:<id>}): one group per
   * object, so a second invitation to the same survey joins the first line.
   */
  public void notify(long recipientId, NotificationType type, long actorId, String objectRef) {
    store(recipientId, type, actorId, null, null, objectRef, type + ":o" + objectRef);
  }

  private void store(
      long recipientId, NotificationType type, long actorId, Long activityId, Long communityId, String objectRef, String groupKey) {
    if (recipientId == actorId || !wants(recipientId, type)) {
      return;
    }
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into notification"
                        + " (recipient_id, type, actor_id, activity_id, community_id, object_ref, group_key, created_at)"
                        + " values (?1, ?2, ?3, cast(?4 as bigint), cast(?5 as bigint), cast(?6 as varchar), ?7, ?8) returning id")
                .setParameter(1, recipientId)
                .setParameter(2, type.name())
                .setParameter(3, actorId)
                .setParameter(4, activityId)
                .setParameter(5, communityId)
                .setParameter(6, objectRef)
                .setParameter(7, groupKey)
                .setParameter(8, Instant.now(clock).atOffset(ZoneOffset.UTC))
                .getSingleResult();
    events.fire(new NotificationCreated(id.longValue(), recipientId, type));
  }

  private boolean wants(long personId, NotificationType type) {
    return em.createNativeQuery(
            "select 1 from notification_preference where person_id = ?1 and type = ?2 and not enabled")
        .setParameter(1, personId)
        .setParameter(2, type.name())
        .getResultList()
        .isEmpty();
  }
}
