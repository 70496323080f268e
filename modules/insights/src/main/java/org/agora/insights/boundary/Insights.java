package org.agora.insights.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.insights.control.InsightsCache;
import org.agora.insights.control.InsightsScope;
import org.agora.insights.control.InsightsSql;
import org.agora.insights.entity.Table;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Figures on adoption, activity, collaboration across departments, community health, connectors
 * and trending tags. Admins see the organisation (without secret communities); owners and
 * moderators see their communities. Results are cached for a few minutes per scope, so the
 * dashboard does not recompute on every click.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Insights {

  static final Set<String> PERIODS = Set.of("day", "week", "month");

  @PersistenceContext EntityManager em;
  @Inject CommunityAccess communities;
  @Inject InsightsCache cache;
  @Inject Clock clock;

  /** The scope the viewer asked for, if they may see it. */
  public InsightsScope scope(AgoraPrincipal viewer, Long communityId) {
    if (communityId == null) {
      if (!viewer.admin()) {
        throw new ForbiddenException("Organisation insights are for admins; community owners ask with ?community=.");
      }
      return InsightsScope.ORGANISATION;
    }
    if (!communities.canSee(viewer, communityId)) {
      throw new NotFoundException("No community with id " + communityId);
    }
    if (!communities.canModerate(viewer, communityId)) {
      throw new ForbiddenException("Community insights are for its owners and moderators.");
    }
    return new InsightsScope(communityId);
  }

  /** Active people (who posted, commented, reacted, shared or bookmarked) per period and department. */
  public Table adoption(InsightsScope scope, String period, int periods) {
    String unit = period(period);
    return cache.get("adoption:" + scope.key() + ":" + unit + ":" + periods, () -> table(
        "Active people per " + unit + " and department",
        List.of(unit, "department", "active_people"),
        "with ev as (" + InsightsSql.events(scope) + "), dl as (" + InsightsSql.departmentLabels() + ")"
            + " select to_char(date_trunc('" + unit + "', ev.at), 'YYYY-MM-DD'), dl.dept, count(distinct ev.person_id)"
            + " from ev join dl on dl.person_id = ev.person_id group by 1, 2 order by 1, 2",
        scope, since(unit, periods)));
  }

  /** Posts, comments, shares, reactions and bookmarks per period. */
  public Table activity(InsightsScope scope, String period, int periods) {
    String unit = period(period);
    return cache.get("activity:" + scope.key() + ":" + unit + ":" + periods, () -> table(
        "Activity per " + unit,
        List.of(unit, "kind", "count"),
        "with ev as (" + InsightsSql.events(scope) + ")"
            + " select to_char(date_trunc('" + unit + "', ev.at), 'YYYY-MM-DD'), ev.kind, count(*) from ev group by 1, 2 order by 1, 2",
        scope, since(unit, periods)));
  }

  /** Activity by department over the whole period, for "who takes part". */
  public Table activityByDepartment(InsightsScope scope, int days) {
    return cache.get("activity-dept:" + scope.key() + ":" + days, () -> table(
        "Activity by department, last " + days + " days",
        List.of("department", "kind", "count"),
        "with ev as (" + InsightsSql.events(scope) + "), dl as (" + InsightsSql.departmentLabels() + ")"
            + " select dl.dept, ev.kind, count(*) from ev join dl on dl.person_id = ev.person_id group by 1, 2 order by 1, 2",
        scope, Instant.now(clock).minus(Duration.ofDays(days))));
  }

  /** Department x department: how often people of one interacted with people of the other. */
  public Table collaborationMatrix(InsightsScope scope, int days) {
    return cache.get("matrix:" + scope.key() + ":" + days, () -> table(
        "Interactions between departments, last " + days + " days",
        List.of("from_department", "to_department", "interactions"),
        "with i as (" + InsightsSql.interactions(scope) + "), dl as (" + InsightsSql.departmentLabels() + ")"
            + " select f.dept, t.dept, count(*) from i join dl f on f.person_id = i.from_id join dl t on t.person_id = i.to_id"
            + " where i.from_id <> i.to_id group by 1, 2 order by 1, 2",
        scope, Instant.now(clock).minus(Duration.ofDays(days))));
  }

  /**
   * Department x department: in how many communities both have active members (joint community
   * membership, the structural side of collaboration next to the interactions).
   */
  public Table sharedCommunities(InsightsScope scope) {
    return cache.get("shared:" + scope.key(), () -> table(
        "Communities shared between departments",
        List.of("department", "other_department", "shared_communities"),
        "with dl as (" + InsightsSql.departmentLabels() + "),"
            + " cd as (select distinct m.community_id, dl.dept from membership m join dl on dl.person_id = m.person_id"
            + "  join community c on c.id = m.community_id where m.state = 'ACTIVE' and c.deleted_at is null"
            + "  and m.created_at >= ?8 and " + scope.on("m.community_id") + ")"
            + " select a.dept, b.dept, count(*) from cd a join cd b on a.community_id = b.community_id and a.dept <> b.dept"
            + " group by 1, 2 order by 1, 2",
        scope, Instant.EPOCH));
  }

  /**
   * The collaboration index per week: the share of interactions that cross a department line
   * (0 = every department keeps to itself, 1 = everything crosses).
   */
  public Table collaborationIndex(InsightsScope scope, int weeks) {
    return cache.get("index:" + scope.key() + ":" + weeks, () -> table(
        "Collaboration index per week (share of interactions across departments)",
        List.of("week", "interactions", "across_departments", "index"),
        "with i as (" + InsightsSql.interactions(scope) + "), dl as (" + InsightsSql.departmentLabels() + ")"
            + " select to_char(date_trunc('week', i.at), 'YYYY-MM-DD'), count(*), count(*) filter (where f.dept <> t.dept),"
            + " round(count(*) filter (where f.dept <> t.dept)::numeric / count(*), 3)"
            + " from i join dl f on f.person_id = i.from_id join dl t on t.person_id = i.to_id where i.from_id <> i.to_id"
            + " group by 1 order by 1",
        scope, since("week", weeks)));
  }

  /**
   * Departments by how much they reach out: the share of their people's interactions that go to
   * other departments, lowest first; those under 20 % are flagged isolated.
   */
  public Table isolatedDepartments(InsightsScope scope, int days) {
    return cache.get("isolated:" + scope.key() + ":" + days, () -> table(
        "Departments by reach beyond themselves, last " + days + " days",
        List.of("department", "interactions", "across_departments", "share_across", "isolated"),
        "with i as (" + InsightsSql.interactions(scope) + "), dl as (" + InsightsSql.departmentLabels() + "),"
            + " x as (select f.dept as dept, t.dept as other from i join dl f on f.person_id = i.from_id join dl t on t.person_id = i.to_id"
            + "  where i.from_id <> i.to_id union all select t.dept, f.dept from i join dl f on f.person_id = i.from_id"
            + "  join dl t on t.person_id = i.to_id where i.from_id <> i.to_id)"
            + " select dept, count(*), count(*) filter (where dept <> other),"
            + " round(count(*) filter (where dept <> other)::numeric / count(*), 3),"
            + " count(*) filter (where dept <> other)::numeric / count(*) < 0.2 from x group by dept order by 4, 1",
        scope, Instant.now(clock).minus(Duration.ofDays(days))));
  }

  /** People whose interactions reach the most other departments: multipliers for a rollout. */
  public Table connectors(InsightsScope scope, int days) {
    return cache.get("connectors:" + scope.key() + ":" + days, () -> table(
        "Connectors: people reaching the most other departments, last " + days + " days",
        List.of("person_id", "name", "department", "departments_reached", "interactions"),
        "with i as (" + InsightsSql.interactions(scope) + "),"
            + " pairs as (select from_id as person_id, to_id as other from i where from_id <> to_id"
            + "  union all select to_id, from_id from i where from_id <> to_id)"
            + " select p.id, p.display_name, coalesce(d.name, ''), count(distinct o.department_id) filter"
            + "  (where o.department_id is distinct from p.department_id), count(*)"
            + " from pairs x join person p on p.id = x.person_id join person o on o.id = x.other left join department d on d.id = p.department_id"
            + " where p.active group by p.id, p.display_name, d.name order by 4 desc, 5 desc limit 20",
        scope, Instant.now(clock).minus(Duration.ofDays(days))));
  }

  /** Tags used clearly more in the last 7 days than in an average week of the 8 before. */
  public Table trendingTags(InsightsScope scope, int limit) {
    if (limit < 1 || limit > 200) {
      throw new BadRequestException("limit: between 1 and 200");
    }
    return cache.get("trending:" + scope.key() + ":" + limit, () -> table(
        "Trending tags: last 7 days against the weekly average of the 8 weeks before",
        List.of("tag", "last_7_days", "weekly_baseline", "rise"),
        "with t as (select at.tag, a.created_at from activity_tag at join activity a on a.id = at.activity_id"
            + " where a.deleted_at is null and a.created_at >= ?8 and " + scope.on("a.community_id") + ")"
            + " select tag, count(*) filter (where created_at >= ?7),"
            + " round(count(*) filter (where created_at < ?7)::numeric / 8, 2),"
            + " round((count(*) filter (where created_at >= ?7) + 1)::numeric / (count(*) filter (where created_at < ?7)::numeric / 8 + 1), 2)"
            + " from t group by tag having count(*) filter (where created_at >= ?7) >= 3 order by 4 desc, 2 desc limit " + limit,
        scope, Instant.now(clock).minus(Duration.ofDays(63)), Instant.now(clock).minus(Duration.ofDays(7))));
  }

  /** A community's health: members, activity, questions answered and how fast, growth. */
  public Table communityHealth(InsightsScope scope) {
    if (scope.communityId() == null) {
      throw new BadRequestException("community: required");
    }
    return cache.get("health:" + scope.key(), () -> table(
        "Community health",
        List.of("metric", "value"),
        "with posts as (select a.* from activity a where a.community_id = ?9 and a.deleted_at is null),"
            + " questions as (select q.id, q.actor_id, q.created_at, (select min(c.created_at) from activity c"
            + "  where c.parent_id = q.id and c.deleted_at is null and c.actor_id <> q.actor_id) as answered_at"
            + "  from posts q where q.question and q.parent_id is null and q.created_at >= ?8)"
            + " select 'members', count(*)::numeric from membership m where m.community_id = ?9 and m.state = 'ACTIVE'"
            + " union all select 'active_members_30_days', count(distinct actor_id) from posts where created_at >= ?7"
            + " union all select 'posts_per_week_last_8_weeks', round(count(*)::numeric / 8, 1) from posts where parent_id is null and created_at >= ?8"
            + " union all select 'questions_last_8_weeks', count(*) from questions"
            + " union all select 'share_of_questions_answered', round(coalesce(count(answered_at)::numeric / nullif(count(*), 0), 0), 3) from questions"
            + " union all select 'median_hours_to_first_answer', round(coalesce((percentile_cont(0.5) within group"
            + "  (order by extract(epoch from answered_at - created_at)))::numeric / 3600, 0), 1) from questions where answered_at is not null"
            + " union all select 'new_members_30_days', count(*) from membership m where m.community_id = ?9 and m.state = 'ACTIVE'"
            + "  and m.created_at >= ?7",
        scope, Instant.now(clock).minus(Duration.ofDays(56)), Instant.now(clock).minus(Duration.ofDays(30))));
  }

  private Table table(String title, List<String> columns, String sql, InsightsScope scope, Instant since) {
    return table(title, columns, sql, scope, since, null);
  }

  /** Runs one insight query: ?8 is {@code since}, ?7 {@code recent} (when given), ?9 the community. */
  private Table table(String title, List<String> columns, String sql, InsightsScope scope, Instant since, Instant recent) {
    Query query = em.createNativeQuery(sql).setParameter(8, since.atOffset(ZoneOffset.UTC));
    if (recent != null) {
      query.setParameter(7, recent.atOffset(ZoneOffset.UTC));
    }
    if (scope.communityId() != null) {
      query.setParameter(9, scope.communityId());
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] cells = row instanceof Object[] array ? array : new Object[] {row};
      List<Object> values = new ArrayList<>();
      for (Object cell : cells) {
        values.add(cell instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : cell instanceof java.util.Date
            ? NativeSql.instant(cell) : cell);
      }
      rows.add(values);
    }
    return new Table(title, columns, rows);
  }

  private Instant since(String unit, int periods) {
    if (periods < 1 || periods > 366) {
      throw new BadRequestException("periods: between 1 and 366");
    }
    long days = switch (unit) {
      case "day" -> periods;
      case "week" -> 7L * periods;
      default -> 31L * periods;
    };
    return Instant.now(clock).minus(Duration.ofDays(days));
  }

  private static String period(String period) {
    String unit = period == null ? "week" : period;
    if (!PERIODS.contains(unit)) {
      throw new BadRequestException("period: day, week or month");
    }
    return unit;
  }
}
