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
import org.agora.events.boundary.Events;
import org.agora.integration.entity.MailSettings;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Person;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.surveys.boundary.Surveys;

/**
 * Queues an email for the notifications worth one (mentions, invitations, join requests, an
 * event's reminder, change or cancellation, which link to the event's page, and a survey's
 * invitation or reminder, which link to the survey's page). The
 * observer is synchronous: the mail row commits with the notification, or not at all, and its key
 * ({@code notification:<id>}) means a notification is mailed once.
 */
@ApplicationScoped
public class NotificationMails {

  static final Set<NotificationType> MAILED = Set.of(NotificationType.MENTIONED, NotificationType.INVITED, NotificationType.JOIN_REQUESTED,
      NotificationType.EVENT_REMINDER, NotificationType.EVENT_CHANGED, NotificationType.EVENT_CANCELLED,
      NotificationType.SURVEY_INVITED, NotificationType.SURVEY_REMINDER,
      NotificationType.ANNOUNCEMENT_REMINDER, NotificationType.BUDDY_ASSIGNED);

  @Inject PeopleInBulk people;
  @Inject NotificationsInBulk notifications;
  @Inject MailQueue queue;
  @Inject MailSettingsStore settings;
  @Inject MailLinks links;
  @Inject Events events;
  @Inject Surveys surveys;

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
    if (notification.objectRef() != null && notification.objectRef().startsWith("event:")) {
      long eventId = Long.parseLong(notification.objectRef().substring("event:".length()));
      Optional<String> title = eventTitle(recipient, eventId);
      if (title.isEmpty()) {
        return; // no longer theirs to see
      }
      link = links.event(eventId);
      about = title.get();
    } else if (notification.objectRef() != null && notification.objectRef().startsWith("survey:")) {
      long surveyId = Long.parseLong(notification.objectRef().substring("survey:".length()));
      Optional<String> title = surveyTitle(recipient, surveyId);
      if (title.isEmpty()) {
        return; // no longer asked of them
      }
      link = links.survey(surveyId);
      about = title.get();
    } else if (notification.objectRef() != null && notification.objectRef().startsWith("person:")) {
      link = links.person(Long.parseLong(notification.objectRef().substring("person:".length()))); // a buddy's newcomer
      about = link;
    } else if (notification.activityId() != null) {
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

  private Optional<String> eventTitle(Person recipient, long eventId) {
    try {
      return Optional.of(events.get(reader(recipient), eventId).title());
    } catch (RuntimeException hidden) {
      return Optional.empty();
    }
  }

  private Optional<String> surveyTitle(Person recipient, long surveyId) {
    try {
      return Optional.of(surveys.title(reader(recipient), surveyId));
    } catch (RuntimeException hidden) {
      return Optional.empty();
    }
  }

  private static AgoraPrincipal reader(Person recipient) {
    return new AgoraPrincipal(recipient.getId(), recipient.getUsername(), recipient.isAdmin());
  }

  static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= 140 ? flat : flat.substring(0, 139) + "…";
  }
}
