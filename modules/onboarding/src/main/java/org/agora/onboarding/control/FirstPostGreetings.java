package org.agora.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.entity.ActivityEvent;
import org.agora.activity.entity.ActivityType;
import org.agora.activity.entity.NotificationType;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * When a newcomer writes their first post, the colleagues of their department are asked to say
 * hello ({@link NotificationType#NEWCOMER_FIRST_POST}, linking to the post), each only if they may
 * read it. In the post's transaction, like activity's own notification rules; the greeting row
 * makes sure a department hears of a newcomer's first post once, never of the second.
 */
@ApplicationScoped
public class FirstPostGreetings {

  @Inject OnboardingStore store;
  @Inject Notifications notifications;
  @Inject CommunityAccess communities;
  @Inject Clock clock;

  void onCreated(@Observes ActivityEvent event) {
    if (!"created".equals(event.change()) || event.activityType() != ActivityType.POST || event.parentId() != null) {
      return;
    }
    Instant now = Instant.now(clock);
    if (store.newcomer(event.actorId(), now).isEmpty() || !store.firstPostGreeted(event.actorId(), event.activityId(), now)) {
      return;
    }
    for (long colleague : store.departmentColleagues(event.actorId())) {
      if (event.communityId() == null || communities.canRead(new AgoraPrincipal(colleague, "", false), event.communityId())) {
        notifications.tell(colleague, NotificationType.NEWCOMER_FIRST_POST, event.actorId(), event.activityId(), event.communityId());
      }
    }
  }
}
