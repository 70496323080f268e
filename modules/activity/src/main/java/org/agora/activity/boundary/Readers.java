package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.activity.control.Audience;
import org.agora.activity.control.MarkdownRenderer;
import org.agora.activity.entity.Activity;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.platform.boundary.NativeSql;

/**
 * Who, among a group of people, may receive an activity right now: for pushing one event to many
 * open connections with a few set queries instead of one check per person. It applies the feeds'
 * rule ({@link Audience}): items without a community or in a public one reach every colleague,
 * the others only active members of their community and admins.
 */
@ApplicationScoped
@Transactional
public class Readers {

  @PersistenceContext EntityManager em;
  @Inject CommunityAccess communities;

  /** What live delivery needs to know of an activity; {@code rootId} is the post a comment belongs to. */
  public record Item(long id, long rootId, long actorId, Long communityId, boolean publicCommunity, boolean deleted, Set<String> tags) {

    /** Whether everyone may read it, so that the members check can be skipped. */
    public boolean readableByAll() {
      return communityId == null || publicCommunity;
    }
  }

  public Optional<Item> item(long activityId) {
    Activity activity = em.find(Activity.class, activityId);
    if (activity == null) {
      return Optional.empty();
    }
    long root = activity.getParentId() == null ? activity.getId() : activity.getParentId();
    Long community = activity.getCommunityId();
    @SuppressWarnings("unchecked")
    List<String> tags =
        em.createNativeQuery("select tag from activity_tag where activity_id = ?1")
            .setParameter(1, root)
            .getResultList();
    return Optional.of(
        new Item(
            activity.getId(),
            root,
            activity.getActor().getId(),
            community,
            community != null && communities.isPublic(community),
            activity.isDeleted(),
            Set.copyOf(tags)));
  }

  /**
   * The people among {@code personIds} who may read items of the community (active members);
   * admins are decided by the caller, which knows its callers' roles.
   */
  public Set<Long> members(long communityId, Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return Set.of();
    }
    return longs(
        em.createNativeQuery(
                "select person_id from community_member where community_id = ?1"
                    + " and person_id = any(cast(?2 as bigint[]))")
            .setParameter(1, communityId)
            .setParameter(2, NativeSql.ids(personIds))
            .getResultList());
  }

  /** The people among {@code personIds} whose home timeline holds the item: the feeds' push rule. */
  public Set<Long> inHomeTimelines(long activityId, Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return Set.of();
    }
    return longs(
        em.createNativeQuery(
                "select owner_id from home_timeline where owner_id = any(cast(?1 as bigint[])) and activity_id = ?2")
            .setParameter(1, NativeSql.ids(personIds))
            .setParameter(2, activityId)
            .getResultList());
  }

  /** A tag as the feeds store it ({@code #Launch-Plan} and {@code launchplan} are one tag). */
  public static String tag(String tag) {
    return MarkdownRenderer.normalizeTag(tag);
  }

  private static Set<Long> longs(List<?> rows) {
    Set<Long> ids = new HashSet<>();
    for (Object row : rows) {
      ids.add(((Number) row).longValue());
    }
    return ids;
  }
}
