package org.agora.insights.control;

import org.agora.insights.entity.InsightsScope;

/**
 * The SQL of the insights, in one place. Everything is aggregated in PostgreSQL; nothing loads
 * rows into memory. ?8 is "since" (a timestamp), ?9 the community of a community scope.
 * Time ranges are given as SQL expressions: {@code from} inclusive, {@code to} exclusive (null: open).
 */
public final class InsightsSql {

  /** Departments with fewer active people than this are not broken out (privacy). */
  public static final int MIN_GROUP = 5;

  static final String OTHER = "'Other departments'";

  private InsightsSql() {}

  /** Everything people did since ?8, one row each: who, when, what. */
  public static String events(InsightsScope scope) {
    return events(scope, "?8", null);
  }

  /** Everything people did in [from, to), one row each: who, when, what. */
  public static String events(InsightsScope scope, String from, String to) {
    return "select a.actor_id as person_id, a.created_at as at,"
        + " case a.type when 'COMMENT' then 'comments' when 'SHARE' then 'shares' else 'posts' end as kind"
        + " from activity_fact a where not a.deleted and a.type in ('POST', 'COMMENT', 'SHARE') and " + range("a.created_at", from, to)
        + " and " + scope.on("a.community_id")
        + " union all select r.person_id, r.created_at, 'reactions' from reaction_fact r join activity_fact a on a.id = r.activity_id"
        + " where not a.deleted and " + range("r.created_at", from, to) + " and " + scope.on("a.community_id")
        + " union all select b.person_id, b.created_at, 'bookmarks' from bookmark_fact b"
        + " where b.visibility <> 'PRIVATE' and not b.hidden and " + range("b.created_at", from, to) + " and " + scope.on("b.community_id");
  }

  /** Interactions since ?8. */
  public static String interactions(InsightsScope scope) {
    return interactions(scope, "?8", null);
  }

  /**
   * Who interacted with whom in [from, to): comments and reactions (to the post's author),
   * mentions (to the mentioned), shares (to the shared post's author).
   */
  public static String interactions(InsightsScope scope, String from, String to) {
    return "select c.actor_id as from_id, p.actor_id as to_id, c.created_at as at from activity_fact c join activity_fact p on p.id = c.parent_id"
        + " where c.type = 'COMMENT' and not c.deleted and not p.deleted and " + range("c.created_at", from, to)
        + " and " + scope.on("p.community_id")
        + " union all select r.person_id, a.actor_id, r.created_at from reaction_fact r join activity_fact a on a.id = r.activity_id"
        + " where not a.deleted and " + range("r.created_at", from, to) + " and " + scope.on("a.community_id")
        + " union all select a.actor_id, m.person_id, a.created_at from mention_fact m join activity_fact a on a.id = m.activity_id"
        + " where not a.deleted and " + range("a.created_at", from, to) + " and " + scope.on("a.community_id")
        + " union all select s.actor_id, o.actor_id, s.created_at from activity_fact s join activity_fact o on o.id = s.shared_id"
        + " where s.type = 'SHARE' and not s.deleted and not o.deleted and " + range("s.created_at", from, to)
        + " and " + scope.on("o.community_id");
  }

  /** Each person's department label: its name, or "Other departments" for small ones. */
  public static String departmentLabels() {
    return "select p.id as person_id, case when d.people >= " + MIN_GROUP + " then d.name else " + OTHER + " end as dept"
        + " from person_card p left join (select d.id, d.name, count(q.id) as people from department_card d"
        + " join person_card q on q.department_id = d.id and q.active group by d.id, d.name) d on d.id = p.department_id";
  }

  /** Each department's label by id (0: people without a department), as {@link #departmentLabels()} gives them. */
  public static String departmentIdLabels() {
    return "select d.id as department_id, case when count(q.id) >= " + MIN_GROUP + " then d.name else " + OTHER + " end as dept"
        + " from department_card d left join person_card q on q.department_id = d.id and q.active group by d.id, d.name"
        + " union all select 0, " + OTHER;
  }

  /** The UTC day of a timestamp column. */
  static String day(String column) {
    return "(" + column + " at time zone 'UTC')::date";
  }

  static String range(String column, String from, String to) {
    return column + " >= " + from + (to == null ? "" : " and " + column + " < " + to);
  }
}
