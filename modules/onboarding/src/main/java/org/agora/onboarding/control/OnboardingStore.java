package org.agora.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.agora.onboarding.entity.DepartmentSetup;
import org.agora.platform.boundary.NativeSql;

/**
 * The onboarding tables and what they read of others: people through {@code person_joined},
 * {@code person_profile_facts}, {@code person_card} and {@code person_following}, communities
 * through {@code community_card} and {@code community_member}, posts through {@code activity_fact}.
 * A newcomer joined within {@link #NEWCOMER_DAYS} days, or an admin flagged them.
 */
@ApplicationScoped
public class OnboardingStore {

  public static final int NEWCOMER_DAYS = 30;

  /** A newcomer as the store lists them. */
  public record Newcomer(long personId, Instant joinedAt, boolean flagged, Long buddyId) {}

  @PersistenceContext EntityManager em;

  private static final String NEWCOMERS = "select j.person_id, j.created_at, f.person_id is not null, b.buddy_id"
      + " from person_joined j left join onboarding_newcomer f on f.person_id = j.person_id"
      + " left join onboarding_buddy b on b.newcomer_id = j.person_id"
      + " where j.active and (j.created_at >= ?1 or f.person_id is not null)";

  public List<Newcomer> newcomers(Instant now) {
    return newcomers(NEWCOMERS + " order by j.created_at desc, j.person_id", now, null);
  }

  public Optional<Newcomer> newcomer(long personId, Instant now) {
    return newcomers(NEWCOMERS + " and j.person_id = ?2", now, personId).stream().findFirst();
  }

  /** The newcomers whose buddy this person is. */
  public List<Newcomer> newcomersOf(long buddyId, Instant now) {
    return newcomers(NEWCOMERS + " and b.buddy_id = ?2 order by j.created_at desc, j.person_id", now, buddyId);
  }

  private List<Newcomer> newcomers(String sql, Instant now, Long param) {
    var query = em.createNativeQuery(sql).setParameter(1, since(now));
    if (param != null) {
      query.setParameter(2, param);
    }
    return NativeSql.rows(query, r -> new Newcomer(r.nextLong(), r.nextInstant(), r.nextBoolean(), r.nextLongOrNull()));
  }

  private static java.time.OffsetDateTime since(Instant now) {
    return now.minus(java.time.Duration.ofDays(NEWCOMER_DAYS)).atOffset(ZoneOffset.UTC);
  }

  /** What the person has done so far, in one round trip. */
  public Progress progress(long personId, Long buddyId) {
    record Facts(boolean photo, long skills, long languages, Long department, long colleagues, long followed,
        boolean followsBuddy, boolean posted) {}
    Facts f = NativeSql.rows(em.createNativeQuery(
            "select pf.has_photo, pf.skills, pf.languages, j.department_id,"
                + " (select count(*) from person_card c where c.department_id = j.department_id and c.active and c.id <> j.person_id),"
                + " (select count(*) from person_following f join person_card c on c.id = f.followee_id"
                + "   where f.follower_id = j.person_id and c.department_id = j.department_id and c.active),"
                + " exists (select 1 from person_following f where f.follower_id = j.person_id and f.followee_id = cast(?2 as bigint)),"
                + " exists (select 1 from activity_fact a where a.actor_id = j.person_id and a.type = 'POST'"
                + "   and a.parent_id is null and not a.deleted)"
                + " from person_joined j join person_profile_facts pf on pf.person_id = j.person_id where j.person_id = ?1")
            .setParameter(1, personId).setParameter(2, buddyId),
        r -> new Facts(r.nextBoolean(), r.nextLong(), r.nextLong(), r.nextLongOrNull(), r.nextLong(), r.nextLong(),
            r.nextBoolean(), r.nextBoolean())).get(0);
    List<Long> toJoin = f.department() == null ? List.of() : setup(f.department()).toJoin();
    List<Long> joined = toJoin.isEmpty() ? List.of() : NativeSql.rows(em.createNativeQuery(
            "select community_id from community_member where person_id = ?1 and community_id = any(cast(?2 as bigint[]))")
        .setParameter(1, personId).setParameter(2, NativeSql.ids(toJoin)), r -> r.nextLong());
    return new Progress(personId, f.photo(), f.skills(), f.languages(), f.colleagues(), f.followed(), toJoin,
        new HashSet<>(joined), buddyId, buddyId != null && f.followsBuddy(), f.posted());
  }

  /** The department's setup, without communities deleted since. */
  public DepartmentSetup setup(long departmentId) {
    return settings().getOrDefault(departmentId, new DepartmentSetup(departmentId, null, List.of()));
  }

  /** Every department's setup that names a community still there, by department id. */
  public Map<Long, DepartmentSetup> settings() {
    record Row(long department, long community, String kind) {}
    List<Row> rows = NativeSql.rows(em.createNativeQuery(
            "select o.department_id, o.community_id, o.kind from onboarding_community o"
                + " join community_card c on c.id = o.community_id and c.deleted_at is null"
                + " order by o.department_id, o.kind, c.name, c.id"),
        r -> new Row(r.nextLong(), r.nextLong(), r.nextText()));
    Map<Long, DepartmentSetup> setups = new TreeMap<>();
    for (Row row : rows) {
      DepartmentSetup s = setups.getOrDefault(row.department(), new DepartmentSetup(row.department(), null, List.of()));
      setups.put(row.department(), "DEPARTMENT".equals(row.kind())
          ? new DepartmentSetup(s.departmentId(), row.community(), s.recommendedIds())
          : new DepartmentSetup(s.departmentId(), s.communityId(), append(s.recommendedIds(), row.community())));
    }
    return setups;
  }

  private static List<Long> append(List<Long> ids, long id) {
    List<Long> more = new java.util.ArrayList<>(ids);
    more.add(id);
    return List.copyOf(more);
  }

  /** Replaces every department's setup. */
  public void replaceSettings(List<DepartmentSetup> setups) {
    em.createNativeQuery("delete from onboarding_community").executeUpdate();
    for (DepartmentSetup s : setups) {
      for (long community : s.toJoin()) {
        em.createNativeQuery("insert into onboarding_community (department_id, community_id, kind) values (?1, ?2, ?3)")
            .setParameter(1, s.departmentId()).setParameter(2, community)
            .setParameter(3, Long.valueOf(community).equals(s.communityId()) ? "DEPARTMENT" : "RECOMMENDED")
            .executeUpdate();
      }
    }
  }

  public boolean departmentExists(long departmentId) {
    return !em.createNativeQuery("select 1 from department_card where id = ?1").setParameter(1, departmentId)
        .getResultList().isEmpty();
  }

  /** The visibility of a community that is still there, if it is. */
  public Optional<String> communityVisibility(long communityId) {
    return NativeSql.rows(em.createNativeQuery("select visibility from community_card where id = ?1 and deleted_at is null")
        .setParameter(1, communityId), r -> r.nextText()).stream().findFirst();
  }

  public void assignBuddy(long newcomerId, long buddyId, long byId, Instant at) {
    em.createNativeQuery("insert into onboarding_buddy (newcomer_id, buddy_id, assigned_by, assigned_at) values (?1, ?2, ?3, ?4)"
            + " on conflict (newcomer_id) do update set buddy_id = excluded.buddy_id, assigned_by = excluded.assigned_by,"
            + " assigned_at = excluded.assigned_at")
        .setParameter(1, newcomerId).setParameter(2, buddyId).setParameter(3, byId).setParameter(4, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  public Optional<Long> buddyOf(long newcomerId) {
    return NativeSql.rows(em.createNativeQuery("select buddy_id from onboarding_buddy where newcomer_id = ?1")
        .setParameter(1, newcomerId), r -> r.nextLong()).stream().findFirst();
  }

  public boolean removeBuddy(long newcomerId) {
    return em.createNativeQuery("delete from onboarding_buddy where newcomer_id = ?1").setParameter(1, newcomerId)
        .executeUpdate() > 0;
  }

  public void flag(long personId, long byId, Instant at) {
    em.createNativeQuery("insert into onboarding_newcomer (person_id, flagged_by, flagged_at) values (?1, ?2, ?3)"
            + " on conflict (person_id) do nothing")
        .setParameter(1, personId).setParameter(2, byId).setParameter(3, at.atOffset(ZoneOffset.UTC)).executeUpdate();
  }

  public void unflag(long personId) {
    em.createNativeQuery("delete from onboarding_newcomer where person_id = ?1").setParameter(1, personId).executeUpdate();
  }

  /**
   * Records that the department was told of this first post; false when it was told before (of
   * this post or another), or the person had written a post before this one.
   */
  public boolean firstPostGreeted(long personId, long activityId, Instant at) {
    boolean earlier = !em.createNativeQuery("select 1 from activity_fact where actor_id = ?1 and type = 'POST'"
            + " and parent_id is null and id < ?2").setParameter(1, personId).setParameter(2, activityId).getResultList().isEmpty();
    return !earlier && em.createNativeQuery("insert into onboarding_greeting (person_id, activity_id, greeted_at) values (?1, ?2, ?3)"
            + " on conflict (person_id) do nothing")
        .setParameter(1, personId).setParameter(2, activityId).setParameter(3, at.atOffset(ZoneOffset.UTC)).executeUpdate() > 0;
  }

  /** The active colleagues of the person's department, themselves aside. */
  public List<Long> departmentColleagues(long personId) {
    return NativeSql.rows(em.createNativeQuery("select c.id from person_card me join person_card c on c.department_id = me.department_id"
            + " where me.id = ?1 and c.active and c.id <> me.id order by c.id").setParameter(1, personId), r -> r.nextLong());
  }
}
