package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.agora.activity.entity.Activity;
import org.agora.activity.entity.ActivityEvent;
import org.agora.activity.entity.ActivityType;
import org.agora.activity.entity.NotificationType;
import org.agora.communities.entity.CommunityEvent;
import org.agora.people.entity.PersonFollowed;
import org.agora.people.entity.SkillEndorsed;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Decides who hears about what, inside the transaction of the write: mentions, replies,
 * reactions, shares, accepted answers, follows and endorsements. Nobody is told about something
 * they may not read, so a secret community's post never leaks through a notification.
 */
@ApplicationScoped
public class NotificationRules {

  @PersistenceContext EntityManager em;
  @Inject Notifier notifier;
  @Inject Audience audience;

  void onActivity(@Observes ActivityEvent event) {
    Activity activity = em.find(Activity.class, event.activityId());
    if (activity == null) {
      return;
    }
    switch (event.change()) {
      case "created" -> created(activity, event);
      case "reacted" -> tell(activity.getActor().getId(), NotificationType.REACTED, event.byId(), activity);
      case "answer-accepted" -> {
        Activity answer = activity.getAcceptedAnswerId() == null ? null : em.find(Activity.class, activity.getAcceptedAnswerId());
        if (answer != null) {
          tell(answer.getActor().getId(), NotificationType.ANSWER_ACCEPTED, event.byId(), answer);
        }
      }
      default -> { }
    }
  }

  void onFollow(@Observes PersonFollowed event) {
    notifier.notify(event.followeeId(), NotificationType.FOLLOWED, event.followerId(), null, null);
  }

  void onMembership(@Observes CommunityEvent event) {
    switch (event.type()) {
      case "membership.invited" ->
          notifier.notify(event.personId(), NotificationType.INVITED, event.byId(), null, event.communityId());
      case "membership.requested" -> moderatorsOf(event.communityId()).forEach(
          moderator -> notifier.notify(moderator, NotificationType.JOIN_REQUESTED, event.personId(), null, event.communityId()));
      case "membership.approved", "membership.rejected" ->
          notifier.notify(event.personId(), NotificationType.JOIN_ANSWERED, event.byId(), null, event.communityId());
      default -> { }
    }
  }

  void onEndorsement(@Observes SkillEndorsed event) {
    notifier.notify(event.personId(), NotificationType.ENDORSED, event.endorserId(), null, null);
  }

  private void created(Activity activity, ActivityEvent event) {
    if (!activity.getType().isAuthored()) {
      return;
    }
    for (Long mentioned : mentionedIn(activity.getId())) {
      tell(mentioned, NotificationType.MENTIONED, event.byId(), activity);
    }
    if (activity.getType() == ActivityType.COMMENT && activity.getParentId() != null) {
      Activity post = em.find(Activity.class, activity.getParentId());
      tell(post.getActor().getId(), NotificationType.REPLIED, event.byId(), activity);
    }
    if (activity.getType() == ActivityType.SHARE && activity.getSharedId() != null) {
      Activity original = em.find(Activity.class, activity.getSharedId());
      tell(original.getActor().getId(), NotificationType.SHARED, event.byId(), activity);
    }
  }

  /** Notifies only when the recipient may read the activity the notification points to. */
  private void tell(long recipientId, NotificationType type, long actorId, Activity about) {
    if (audience.canRead(asReader(recipientId), about)) {
      notifier.notify(recipientId, type, actorId, about.getId(), about.getCommunityId());
    }
  }

  /** Notifications are never about admin powers: the recipient is judged as an ordinary member. */
  private static AgoraPrincipal asReader(long personId) {
    return new AgoraPrincipal(personId, "", false);
  }

  @SuppressWarnings("unchecked")
  private List<Long> moderatorsOf(long communityId) {
    List<Number> ids =
        em.createNativeQuery(
                "select person_id from community_member where community_id = ?1 and role in ('OWNER', 'MODERATOR')")
            .setParameter(1, communityId)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Long> mentionedIn(long activityId) {
    List<Number> ids =
        em.createNativeQuery("select person_id from mention where activity_id = ?1").setParameter(1, activityId).getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
