package org.agora.onboarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.entity.NotificationType;
import org.agora.onboarding.control.OnboardingStore;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.platform.entity.Refusal;

/**
 * Makes one colleague another's buddy and tells the buddy ({@link NotificationType#BUDDY_ASSIGNED},
 * about {@code person:<newcomer>}, which leads to the newcomer's profile). Not role-checked: the
 * admins' service checks the role, and the demo loader, where nobody is signed in, calls it too.
 */
@ApplicationScoped
@Transactional
public class Buddies {

  @Inject OnboardingStore store;
  @Inject PeopleInBulk people;
  @Inject Notifications notifications;
  @Inject Clock clock;

  public void assign(long newcomerId, long buddyId, long byId) {
    Instant now = Instant.now(clock);
    if (store.newcomer(newcomerId, now).isEmpty()) {
      throw Refusal.notFound("No newcomer with id " + newcomerId);
    }
    if (buddyId == newcomerId) {
      throw Refusal.invalid("buddyId", "a newcomer cannot be their own buddy");
    }
    if (people.active(java.util.List.of(buddyId)).isEmpty()) {
      throw Refusal.invalid("buddyId", "no active person with id " + buddyId);
    }
    if (store.buddyOf(newcomerId).filter(b -> b == buddyId).isPresent()) {
      return; // told once
    }
    store.assignBuddy(newcomerId, buddyId, byId, now);
    notifications.tell(buddyId, NotificationType.BUDDY_ASSIGNED, newcomerId, ref(newcomerId));
  }

  /** What a buddy notification is about: the newcomer. */
  public static String ref(long newcomerId) {
    return "person:" + newcomerId;
  }
}
