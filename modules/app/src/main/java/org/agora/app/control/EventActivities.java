package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.boundary.Posts;
import org.agora.activity.entity.NotificationType;
import org.agora.events.boundary.Rsvps;
import org.agora.events.entity.EventCancelled;
import org.agora.events.entity.EventChanged;
import org.agora.events.entity.EventScheduled;
import org.agora.events.entity.ReminderDue;

/**
 * Events and activity streams are sibling modules; the app joins them, in the transaction of the
 * event's write: a new event becomes a "scheduled an event" item in its community's stream (or
 * the organiser's), who answered going or maybe is told when the organiser changes or
 * cancels it, and who goes is reminded the day and the hour before. The notification points at that item, whose community decides who may see it.
 */
@ApplicationScoped
public class EventActivities {

  @Inject Posts posts;
  @Inject Notifications notifications;
  @Inject Rsvps rsvps;

  void onScheduled(@Observes EventScheduled event) {
    posts.recordEvent(event.byId(), event.communityId(), ref(event.eventId()));
  }

  void onChanged(@Observes EventChanged event) {
    tellConcerned(event.eventId(), event.communityId(), event.byId(), NotificationType.EVENT_CHANGED);
  }

  void onCancelled(@Observes EventCancelled event) {
    tellConcerned(event.eventId(), event.communityId(), event.byId(), NotificationType.EVENT_CANCELLED);
  }

  /** The organiser is the reminder's actor, so they are not reminded of their own event. */
  void onReminderDue(@Observes ReminderDue due) {
    Long item = posts.itemFor(ref(due.eventId())).orElse(null);
    notifications.tell(due.personId(), NotificationType.EVENT_REMINDER, due.organiserId(), item, due.communityId());
  }

  private void tellConcerned(long eventId, Long communityId, long organiserId, NotificationType type) {
    Long item = posts.itemFor(ref(eventId)).orElse(null);
    for (long person : rsvps.concerned(eventId)) {
      if (person != organiserId) {
        notifications.tell(person, type, organiserId, item, communityId);
      }
    }
  }

  static String ref(long eventId) {
    return "event:" + eventId;
  }
}
