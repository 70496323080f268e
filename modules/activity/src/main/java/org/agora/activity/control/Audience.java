package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.agora.activity.entity.Activity;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;

/**
 * Who may read an activity: everyone for profile items, the community's readers otherwise. It
 * asks the communities module, which owns the rule, and never decides on its own.
 */
@ApplicationScoped
public class Audience {

  @Inject CommunityAccess communities;

  public boolean canRead(AgoraPrincipal viewer, Activity activity) {
    return !activity.isDeleted()
        && (activity.getCommunityId() == null || communities.canRead(viewer, activity.getCommunityId()));
  }

  /** The activity if the viewer may read it; otherwise 404, so hidden things are not even hinted at. */
  public Activity readable(AgoraPrincipal viewer, Activity activity, long id) {
    if (activity == null || !canRead(viewer, activity)) {
      throw Refusal.notFound("No post with id " + id);
    }
    return activity;
  }

  /** Communities whose content the viewer reads, for filtering a whole feed in one query. */
  public Set<Long> readableCommunities(AgoraPrincipal viewer) {
    return communities.readableCommunityIds(viewer);
  }

  /** A PostgreSQL array literal of ids, for {@code = any(cast(? as bigint[]))}. */
  public static String idArray(java.util.Collection<Long> ids) {
    return FeedSql.ids(ids);
  }
}
