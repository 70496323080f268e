package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import org.agora.activity.control.ActivityWriter;
import org.agora.activity.control.Audience;
import org.agora.activity.entity.Activity;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * What moderation does to posts and comments: hide (gone from every feed, restorable), restore,
 * and delete for good (the text is erased). Who may moderate is decided by the caller (the
 * moderation queue); this class only knows activities.
 */
@ApplicationScoped
@Transactional
public class PostModeration {

  @PersistenceContext EntityManager em;
  @Inject Audience audience;
  @Inject ActivityWriter writer;
  @Inject Clock clock;

  /** A post or comment as moderation sees it. */
  public record Target(long id, long authorId, Long communityId, boolean comment, boolean hidden) {}

  /** The post or comment, if the reader may see it (a reporter); 404 otherwise. */
  public Target visibleTo(AgoraPrincipal reader, long id) {
    return target(audience.readable(reader, em.find(Activity.class, id), id));
  }

  /** The post or comment whatever its state, for moderators. */
  public Target find(long id) {
    Activity activity = em.find(Activity.class, id);
    if (activity == null) {
      throw new NotFoundException("No post with id " + id);
    }
    return target(activity);
  }

  public void hide(AgoraPrincipal moderator, long id) {
    Activity activity = em.find(Activity.class, id);
    if (activity == null || activity.isDeleted()) {
      return;
    }
    activity.delete(moderator.id(), Instant.now(clock));
    if (activity.getParentId() != null) {
      writer.count(activity.getParentId(), "comment_count", -1);
    }
    writer.changed(activity, "hidden", moderator.id());
  }

  public void restore(AgoraPrincipal moderator, long id) {
    Activity activity = em.find(Activity.class, id);
    if (activity == null || !activity.isDeleted() || activity.getText() == null) {
      return; // erased content does not come back
    }
    activity.restore();
    if (activity.getParentId() != null) {
      writer.count(activity.getParentId(), "comment_count", 1);
    }
    writer.changed(activity, "restored", moderator.id());
  }

  public void erase(AgoraPrincipal moderator, long id) {
    Activity activity = em.find(Activity.class, id);
    if (activity == null) {
      return;
    }
    boolean wasVisible = !activity.isDeleted();
    activity.erase(moderator.id(), Instant.now(clock));
    if (wasVisible && activity.getParentId() != null) {
      writer.count(activity.getParentId(), "comment_count", -1);
    }
    writer.changed(activity, "deleted", moderator.id());
  }

  /** Hides everything a person wrote (an admin disabling their account chose to); answers how many. */
  public int hideAllBy(AgoraPrincipal admin, long authorId) {
    var ids = em.createQuery("select a.id from Activity a where a.actor.id = :p and a.deletedAt is null", Long.class)
        .setParameter("p", authorId).getResultList();
    ids.forEach(id -> hide(admin, id));
    return ids.size();
  }

  private static Target target(Activity activity) {
    return new Target(activity.getId(), activity.getActor().getId(), activity.getCommunityId(),
        activity.getParentId() != null, activity.isDeleted());
  }
}
