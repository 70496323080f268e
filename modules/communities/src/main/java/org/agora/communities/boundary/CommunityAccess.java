package org.agora.communities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.communities.control.Permissions;
import org.agora.communities.entity.Community;
import org.agora.communities.entity.Membership;
import org.agora.communities.entity.Visibility;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * The one place that decides who may see and read a community, for every module. Each rule
 * exists twice, side by side: per object in Java ({@link Permissions}), and as a query predicate
 * for lists and counts.
 * The permission agreement test checks that the two never disagree.
 *
 * <ul>
 *   <li>see (that it exists, name, description): PUBLIC and RESTRICTED for everyone; SECRET for
 *       active members and invitees; admins see all; deleted communities nobody.
 *   <li>read (feed, members, bookmarks): PUBLIC for everyone; otherwise active members; admins all.
 *   <li>post: active members. Moderate: active owners and moderators, and admins.
 * </ul>
 */
@ApplicationScoped
@Transactional
public class CommunityAccess {

  /**
   * The "see" rule as a JPQL predicate over a {@code Community} alias, with parameters
   * {@code :viewerId} and {@code :viewerAdmin}.
   */
  public static String visibleJpql(String c) {
    return c + ".deletedAt is null and (:viewerAdmin = true or " + c + ".visibility <> org.agora.communities.entity.Visibility.SECRET"
        + " or exists (select m from Membership m where m.communityId = " + c + ".id and m.personId = :viewerId"
        + " and m.state in (org.agora.communities.entity.MembershipState.ACTIVE, org.agora.communities.entity.MembershipState.INVITED)))";
  }

  /** Binds the parameters of {@link #visibleJpql}. */
  public static <T> TypedQuery<T> bindViewer(TypedQuery<T> query, AgoraPrincipal viewer) {
    return query.setParameter("viewerId", viewer.id()).setParameter("viewerAdmin", viewer.admin());
  }

  @PersistenceContext EntityManager em;

  public boolean canSee(AgoraPrincipal viewer, long communityId) {
    return permissions(viewer, communityId).see();
  }

  public boolean canRead(AgoraPrincipal viewer, long communityId) {
    return permissions(viewer, communityId).read();
  }

  public boolean canPost(AgoraPrincipal viewer, long communityId) {
    return permissions(viewer, communityId).post();
  }

  public boolean canModerate(AgoraPrincipal viewer, long communityId) {
    return permissions(viewer, communityId).moderate();
  }

  private Permissions permissions(AgoraPrincipal viewer, long communityId) {
    return new Permissions(em.find(Community.class, communityId), viewer.admin(), () -> membership(viewer.id(), communityId));
  }

  public boolean isPublic(long communityId) {
    Community community = em.find(Community.class, communityId);
    return community != null && !community.isDeleted() && community.getVisibility() == Visibility.PUBLIC;
  }

  /** Communities the person actively belongs to (not deleted ones). */
  public Set<Long> memberCommunityIds(long personId) {
    return new HashSet<>(
        em.createQuery(
                "select m.communityId from Membership m, Community c where c.id = m.communityId"
                    + " and m.personId = :p and m.state = org.agora.communities.entity.MembershipState.ACTIVE and c.deletedAt is null",
                Long.class)
            .setParameter("p", personId)
            .getResultList());
  }

  /** Communities the person owns or moderates (their moderation queue and insights). */
  public Set<Long> moderatedCommunityIds(long personId) {
    return new HashSet<>(
        em.createQuery(
                "select m.communityId from Membership m, Community c where c.id = m.communityId and m.personId = :p"
                    + " and m.state = org.agora.communities.entity.MembershipState.ACTIVE and c.deletedAt is null"
                    + " and m.role in (org.agora.communities.entity.Role.OWNER, org.agora.communities.entity.Role.MODERATOR)",
                Long.class)
            .setParameter("p", personId)
            .getResultList());
  }

  /** The "read" rule for whole lists: every community whose content the viewer may read. */
  public Set<Long> readableCommunityIds(AgoraPrincipal viewer) {
    List<Long> ids =
        viewer.admin()
            ? em.createQuery("select c.id from Community c where c.deletedAt is null", Long.class).getResultList()
            : em.createQuery(
                    "select c.id from Community c where c.deletedAt is null and c.visibility = org.agora.communities.entity.Visibility.PUBLIC",
                    Long.class)
                .getResultList();
    Set<Long> readable = new HashSet<>(ids);
    readable.addAll(memberCommunityIds(viewer.id()));
    return readable;
  }

  /**
   * The secret communities the viewer may see (all of them for admins, else the ones they belong
   * to): the only audiences type-ahead has to ask for besides everyone's, since the names of public
   * and restricted communities, and of people, are seen by every colleague.
   */
  public Set<Long> visibleSecretCommunityIds(AgoraPrincipal viewer) {
    String secret = "select c.id from Community c where c.deletedAt is null and c.visibility = org.agora.communities.entity.Visibility.SECRET";
    return new HashSet<>(
        viewer.admin()
            ? em.createQuery(secret, Long.class).getResultList()
            : em.createQuery(
                    secret + " and exists (select m from Membership m where m.communityId = c.id and m.personId = :p"
                        + " and m.state = org.agora.communities.entity.MembershipState.ACTIVE)",
                    Long.class)
                .setParameter("p", viewer.id())
                .getResultList());
  }

  public Optional<Membership> membership(long personId, long communityId) {
    return em.createQuery("select m from Membership m where m.personId = :p and m.communityId = :c", Membership.class)
        .setParameter("p", personId)
        .setParameter("c", communityId)
        .getResultStream()
        .findFirst();
  }
}
