package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.entity.NotificationType;
import org.agora.surveys.entity.SurveyOpened;
import org.agora.surveys.entity.SurveyReminderDue;

/**
 * Surveys and notifications are sibling modules; the app joins them, in the transaction of the
 * survey's write: everyone in an opened survey's audience is asked to answer it, and who has not
 * answered is reminded before it closes. A survey has no stream item, so the notification names
 * it ({@code survey:<id>}); the surveys module has already resolved who may see it.
 */
@ApplicationScoped
public class SurveyInvitations {

  @Inject Notifications notifications;

  void onOpened(@Observes SurveyOpened opened) {
    tell(opened.invited(), NotificationType.SURVEY_INVITED, opened.ownerId(), opened.surveyId());
  }

  void onReminderDue(@Observes SurveyReminderDue due) {
    tell(due.notAnswered(), NotificationType.SURVEY_REMINDER, due.ownerId(), due.surveyId());
  }

  /** One notification per person; the owner, if in the audience, is not told of their own survey. */
  private void tell(List<Long> people, NotificationType type, long ownerId, long surveyId) {
    String ref = ref(surveyId);
    for (long person : people) {
      notifications.tell(person, type, ownerId, ref);
    }
  }

  static String ref(long surveyId) {
    return "survey:" + surveyId;
  }
}
