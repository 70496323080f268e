package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.activity.boundary.NotificationsInBulk;
import org.agora.activity.entity.NotificationCreated;
import org.agora.activity.entity.NotificationFact;
import org.agora.activity.entity.NotificationType;
import org.agora.integration.entity.MailSettings;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Person;

/**
 * Queues an email for the notifications worth one (mentions, invitations, join requests). The
 * observer is synchronous: the mail row commits with the notification, or not at all, and its key
 * ({@code notification:<id>}) means a notification is mailed once.
 */
@ApplicationScoped
public class NotificationMails {

  static final Set<NotificationType> MAILED = Set.of(NotificationType.MENTIONED, NotificationType.INVITED, NotificationType.JOIN_REQUESTED);

  @Inject PeopleInBulk people;
  @Inject NotificationsInBulk notifications;
  @Inject MailQueue queue;
  @Inject MailSettingsStore settings;
  @Inject MailLinks links;

  void queue(@Observes NotificationCreated created) {
    if (!MAILED.contains(created.notificationType())) {
      return;
    }
    Person recipient = people.active(List.of(created.recipientId())).stream().findFirst().orElse(null);
    MailSettings preferences = settings.of(created.recipientId());
    if (recipient == null || !preferences.notifications() || recipient.getEmail() == null || recipient.getEmail().isBlank()) {
      return;
    }
    Optional<NotificationFact> found = notifications.find(created.notificationId());
    if (found.isEmpty()) {
      return;
    }
    NotificationFact notification = found.get();
    String about = "";
    String link = links.home();
    if (notification.activityId() != null) {
      link = links.post(notification.activityId());
      about = notification.activityText() == null ? "" : excerpt(notification.activityText());
    } else if (notification.communityId() != null) {
      link = links.community(notification.communityId());
      about = notification.communityName() == null ? "" : notification.communityName();
    }
    MailTemplates.Mail mail = new MailTemplates(preferences.language()).notification(created.notificationType().name(),
        recipient.getDisplayName(), notification.actorName() == null ? "Agora" : notification.actorName(), about, link,
        links.unsubscribe(recipient.getId()));
    queue.enqueue("notification:" + created.notificationId(), recipient.getId(), recipient.getEmail(), mail);
  }

  static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= 140 ? flat : flat.substring(0, 139) + "…";
  }
}
