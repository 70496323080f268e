package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.agora.activity.entity.Activity;
import org.agora.activity.entity.NotificationCreated;
import org.agora.activity.entity.NotificationType;
import org.agora.communities.entity.Community;
import org.agora.integration.entity.MailSettings;
import org.agora.people.entity.Person;

/**
 * Queues an email for the notifications worth one (mentions, invitations, join requests). The
 * observer is synchronous: the mail row commits with the notification, or not at all, and its key
 * ({@code notification:<id>}) means a notification is mailed once.
 */
@ApplicationScoped
public class NotificationMails {

  static final Set<NotificationType> MAILED = Set.of(NotificationType.MENTIONED, NotificationType.INVITED, NotificationType.JOIN_REQUESTED);

  @PersistenceContext EntityManager em;
  @Inject MailQueue queue;
  @Inject MailSettingsStore settings;
  @Inject MailLinks links;

  void queue(@Observes NotificationCreated created) {
    if (!MAILED.contains(created.notificationType())) {
      return;
    }
    Person recipient = em.find(Person.class, created.recipientId());
    MailSettings preferences = settings.of(created.recipientId());
    if (recipient == null || !recipient.isActive() || !preferences.notifications() || recipient.getEmail() == null
        || recipient.getEmail().isBlank()) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select actor_id, activity_id, community_id from notification where id = ?1")
        .setParameter(1, created.notificationId()).getResultList();
    if (rows.isEmpty()) {
      return;
    }
    Object[] row = rows.get(0);
    Person actor = row[0] == null ? null : em.find(Person.class, ((Number) row[0]).longValue());
    String about = "";
    String link = links.home();
    if (row[1] != null) {
      link = links.post(((Number) row[1]).longValue());
      Activity activity = em.find(Activity.class, ((Number) row[1]).longValue());
      about = activity == null || activity.getText() == null ? "" : excerpt(activity.getText());
    } else if (row[2] != null) {
      link = links.community(((Number) row[2]).longValue());
      Community community = em.find(Community.class, ((Number) row[2]).longValue());
      about = community == null ? "" : community.getName();
    }
    MailTemplates.Mail mail = new MailTemplates(preferences.language()).notification(created.notificationType().name(),
        recipient.getDisplayName(), actor == null ? "Agora" : actor.getDisplayName(), about, link,
        links.unsubscribe(recipient.getId()));
    queue.enqueue("notification:" + created.notificationId(), recipient.getId(), recipient.getEmail(), mail);
  }

  static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= 140 ? flat : flat.substring(0, 139) + "…";
  }
}
