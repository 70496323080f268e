package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.agora.activity.entity.NotificationFact;
import org.agora.activity.entity.NotificationType;
import org.agora.platform.boundary.NativeSql;

/**
 * Notifications as records, for modules that tell people about them elsewhere (email): one by id,
 * or a person's unread ones by the batch. Whatever the reader: the caller decides what to send.
 */
@ApplicationScoped
@Transactional
public class NotificationsInBulk {

  private static final String FACTS =
      "select n.id, n.recipient_id, n.type, p.display_name, n.activity_id, a.text, n.community_id, c.name, n.created_at,"
          + " coalesce(n.object_ref, a.object_ref)"
          + " from notification n left join person_card p on p.id = n.actor_id"
          + " left join activity a on a.id = n.activity_id left join community_card c on c.id = n.community_id";

  @PersistenceContext EntityManager em;

  public Optional<NotificationFact> find(long notificationId) {
    return facts(em.createNativeQuery(FACTS + " where n.id = ?1").setParameter(1, notificationId)).stream().findFirst();
  }

  /** Up to {@code limit} of the person's notifications created since {@code since} and not read, oldest first. */
  public List<NotificationFact> unreadSince(long recipientId, Instant since, int limit) {
    return facts(em.createNativeQuery(FACTS + " where n.recipient_id = ?1 and n.read_at is null and n.created_at >= ?2"
            + " order by n.id limit ?3")
        .setParameter(1, recipientId)
        .setParameter(2, since.atOffset(ZoneOffset.UTC))
        .setParameter(3, limit));
  }

  private static List<NotificationFact> facts(Query query) {
    return NativeSql.rows(query, r -> new NotificationFact(r.nextLong(), r.nextLong(), NotificationType.valueOf(r.nextText()),
        r.nextText(), r.nextLongOrNull(), r.nextText(), r.nextLongOrNull(), r.nextText(), r.nextInstant(), r.nextText()));
  }
}
