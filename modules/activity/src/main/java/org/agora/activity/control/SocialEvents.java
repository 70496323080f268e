package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.agora.activity.entity.ActivityType;
import org.agora.communities.entity.CommunityEvent;
import org.agora.people.entity.PersonFollowed;
import org.agora.people.entity.SkillEndorsed;

/**
 * Turns social events into stream items, so the streams show what happens across departments:
 * who followed whom, who endorsed whom for what, who joined which community.
 */
@ApplicationScoped
public class SocialEvents {

  @Inject ActivityWriter writer;

  void onFollow(@Observes PersonFollowed event) {
    writer.create(ActivityType.FOLLOWED, event.followerId(), null, null, a -> a.setTargetPersonId(event.followeeId()));
  }

  /** A join is an item of the community itself, so only those who may read the community see it. */
  void onMembership(@Observes CommunityEvent event) {
    if (event.type().equals("membership.joined") || event.type().equals("membership.approved")) {
      writer.create(ActivityType.JOINED, event.personId(), event.communityId(), null, a -> a.setObjectRef("community:" + event.communityId()));
    }
  }

  void onEndorsement(@Observes SkillEndorsed event) {
    writer.create(
        ActivityType.ENDORSED,
        event.endorserId(),
        null,
        null,
        a -> {
          a.setTargetPersonId(event.personId());
          a.setObjectRef(event.skill());
        });
  }
}
