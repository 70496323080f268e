package org.agora.communities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.agora.communities.entity.Community;
import org.agora.communities.entity.CommunityView;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.AgoraPrincipal;

/** Communities seen from a person: the ones they belong to, and the ones recommended to them. */
@ApplicationScoped
@Transactional
public class CommunityDirectory {

  static final int RECOMMENDATIONS = 10;

  @PersistenceContext EntityManager em;
  @Inject Communities communities;
  @Inject PersonDirectory directory;

  /** The communities {@code personId} actively belongs to, as far as the viewer may see them. */
  public List<CommunityView> communitiesOf(AgoraPrincipal viewer, long personId) {
    directory.visible(viewer, personId);
    List<Community> found =
        CommunityAccess.bindViewer(
                em.createQuery(
                    "select c from Community c where " + CommunityAccess.visibleJpql("c")
                        + " and exists (select m from Membership m where m.communityId = c.id and m.personId = :person"
                        + " and m.state = org.agora.communities.entity.MembershipState.ACTIVE) order by c.name",
                    Community.class),
                viewer)
            .setParameter("person", personId)
            .getResultList();
    return communities.views(viewer, found);
  }

  /**
   * Visible communities the viewer is not in, ranked by how many members share their department,
   * how many they follow, and how many community tags match their skills.
   */
  public List<CommunityView> recommended(AgoraPrincipal viewer) {
    List<Long> order = NativeSql.rows(
        em.createNativeQuery(
                "select c.id from community c"
                    + " where c.deleted_at is null and c.visibility <> 'SECRET'"
                    + " and not exists (select 1 from membership m where m.community_id = c.id and m.person_id = ?1)"
                    + " order by"
                    + "  2 * (select count(*) from membership m join person_card p on p.id = m.person_id"
                    + "       where m.community_id = c.id and m.state = 'ACTIVE'"
                    + "       and p.department_id = (select department_id from person_card where id = ?1))"
                    + " + 2 * (select count(*) from membership m join person_following f on f.followee_id = m.person_id"
                    + "       where m.community_id = c.id and m.state = 'ACTIVE' and f.follower_id = ?1)"
                    + " + 3 * (select count(*) from community_tag t join person_skills s on s.skill = t.tag"
                    + "       where t.community_id = c.id and s.person_id = ?1)"
                    + "  desc, c.id limit ?2")
            .setParameter(1, viewer.id())
            .setParameter(2, RECOMMENDATIONS),
        NativeSql.Row::nextLong);
    if (order.isEmpty()) {
      return List.of();
    }
    List<Community> found =
        em.createQuery("select c from Community c where c.id in :ids", Community.class).setParameter("ids", order).getResultList();
    found = found.stream().sorted(java.util.Comparator.comparingInt(c -> order.indexOf(c.getId()))).toList();
    return communities.views(viewer, found);
  }
}
