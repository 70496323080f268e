package org.agora.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.agora.platform.boundary.NativeSql;
import org.agora.surveys.entity.NamedRef;

/**
 * Who a survey asks, in SQL over the views people and communities publish: every active colleague,
 * the active people of the chosen departments, or the active members of a community that still
 * exists. The audience is read when it is needed (answering, inviting, reminding, counting), so a
 * colleague who joins the department while the survey is open is asked too.
 */
@ApplicationScoped
public class SurveyAudiences {

  /** The condition "person ?1 is asked by survey s". */
  static final String ASKED = "((s.audience_kind = 'EVERYONE' and exists (select 1 from person_card p where p.id = ?1 and p.active))"
      + " or (s.audience_kind = 'DEPARTMENTS' and exists (select 1 from person_card p where p.id = ?1 and p.active"
      + "   and p.department_id = any(s.department_ids)))"
      + " or (s.audience_kind = 'COMMUNITY' and exists (select 1 from community_member m join community_card c on c.id = m.community_id"
      + "   where m.community_id = s.community_id and m.person_id = ?1 and c.deleted_at is null)))";

  private static final String AUDIENCE = "select p.id from survey s join person_card p on p.active and ("
      + " s.audience_kind = 'EVERYONE' or (s.audience_kind = 'DEPARTMENTS' and p.department_id = any(s.department_ids))"
      + " or (s.audience_kind = 'COMMUNITY' and exists (select 1 from community_member m join community_card c on c.id = m.community_id"
      + "   where m.community_id = s.community_id and m.person_id = p.id and c.deleted_at is null)))"
      + " where s.id = ?1";

  @PersistenceContext EntityManager em;

  public boolean asks(long surveyId, long personId) {
    return !em.createNativeQuery("select 1 from survey s where s.id = ?2 and " + ASKED)
        .setParameter(1, personId).setParameter(2, surveyId).getResultList().isEmpty();
  }

  /** The ids of the surveys that ask the person or that they own (all of them for admins), newest first. */
  public List<Long> surveysOf(long personId, boolean admin, int limit) {
    return NativeSql.rows(em.createNativeQuery("select s.id from survey s where ?3 or s.owner_id = ?1 or " + ASKED
            + " order by s.opens_at desc, s.id desc limit ?2").setParameter(1, personId).setParameter(2, limit)
            .setParameter(3, admin),
        NativeSql.Row::nextLong);
  }

  /** Which of the surveys ask the person. */
  public java.util.Set<Long> askedAmong(long personId, List<Long> surveyIds) {
    return java.util.Set.copyOf(NativeSql.rows(em.createNativeQuery("select s.id from survey s"
            + " where s.id = any(cast(?2 as bigint[])) and " + ASKED)
        .setParameter(1, personId).setParameter(2, NativeSql.ids(surveyIds)), NativeSql.Row::nextLong));
  }

  public List<Long> audience(long surveyId) {
    return NativeSql.rows(em.createNativeQuery(AUDIENCE + " order by p.id").setParameter(1, surveyId), NativeSql.Row::nextLong);
  }

  public long audienceSize(long surveyId) {
    return ((Number) em.createNativeQuery("select count(*) from (" + AUDIENCE + ") a").setParameter(1, surveyId)
        .getSingleResult()).longValue();
  }

  /** Who of the audience has not answered: the only use of who answered besides "once". */
  public List<Long> notAnswered(long surveyId) {
    return NativeSql.rows(em.createNativeQuery("select a.id from (" + AUDIENCE + ") a where not exists"
            + " (select 1 from survey_respondent r where r.survey_id = ?1 and r.person_id = a.id) order by a.id")
        .setParameter(1, surveyId), NativeSql.Row::nextLong);
  }

  /** The communities the person owns, for the audience picker; admins ask any community. */
  public List<NamedRef> ownedCommunities(long personId, boolean admin) {
    String sql = admin
        ? "select c.id, c.name from community_card c where c.deleted_at is null order by c.name, c.id"
        : "select c.id, c.name from community_card c join community_member m on m.community_id = c.id"
            + " where m.person_id = ?1 and m.role = 'OWNER' and c.deleted_at is null order by c.name, c.id";
    var query = em.createNativeQuery(sql);
    if (!admin) {
      query.setParameter(1, personId);
    }
    return NativeSql.rows(query, r -> new NamedRef(r.nextLong(), r.nextText()));
  }
}
