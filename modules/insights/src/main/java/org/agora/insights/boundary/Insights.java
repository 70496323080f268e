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
import java.util.Optional;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.insights.control.CohortSql;
import org.agora.insights.control.InsightsCache;
import org.agora.insights.control.InsightsRollups;
import org.agora.insights.control.InsightsSql;
import org.agora.insights.control.Windows;
import org.agora.insights.entity.InsightsScope;
import org.agora.insights.entity.Table;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Figures on adoption, activity, collaboration across departments, community health, connectors
 * and trending tags. Admins see the organisation (without secret communities); owners and
 * moderators see their communities. Organisation figures read the daily rollups plus a live tail
 * ({@link InsightsRollups}); community figures aggregate the tables directly, and so do organisation
 * figures of a scope that asks for it (the tests' check of the rollups). {@link Windows} are whole
 * UTC days (today included). Results are cached for a few minutes per scope, so the dashboard does
 * not recompute on every click.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Insights {

  @PersistenceContext EntityManager em;
  @Inject CommunityAccess communities;
  @Inject InsightsCache cache;
  @Inject InsightsRollups rollups;
  @Inject Clock clock;
  /**
   * Whether figures that name people (connectors) are shown at all, to admins only; unset, the demo
   * shows them and a real installation does not until the organisation (and its works council) turns
   * them on.
   */
  @Inject @ConfigProperty(name = "agora.insights.per-person") Optional<Boolean> perPerson;
  @Inject @ConfigProperty(name = "agora.demo", defaultValue = "false") boolean demo;

  public boolean perPersonFigures() {
    return perPerson.orElse(demo);
  }

  /** The figures the dashboard of this scope shows: without per-person ones where they are switched off. */
  public List<DashboardFigure> figures(InsightsScope scope) {
    return DashboardFigure.shownFor(scope, perPersonFigures());
  }

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

  /**
   * Computes (and so caches) every figure the organisation dashboard shows, unless the rollups are
   * being rebuilt (the figures would scan everything). In a transaction, as a background job has none.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void organisationDashboard() {
    if (!rollups.current()) {
      return;
    }
    for (DashboardFigure figure : figures(InsightsScope.ORGANISATION)) {
      figure.table(this, InsightsScope.ORGANISATION);
    }
  }

  /** Active people (who posted, commented, reacted, shared or bookmarked) per period and department. */
  public Table adoption(InsightsScope scope, String period, int periods) {
    String unit = Windows.unit(period);
    return cache.get("adoption:" + scope.key() + ":" + unit + ":" + periods, () -> table(
        "Active people per " + unit + " and department",
        List.of(unit, "department", "active_people"),
        fromRollups(scope)
            ? "with r as (" + people() + "), dl as (" + InsightsSql.departmentLabels() + "),"
                + " w as (select distinct date_trunc('" + unit + "', r.day::timestamp) as period, r.person_id from r)"
                + " select to_char(w.period, 'YYYY-MM-DD'), dl.dept, count(*) from w join dl on dl.person_id = w.person_id"
                + " group by 1, 2 order by 1, 2"
            : "with ev as (" + InsightsSql.events(scope) + "), dl as (" + InsightsSql.departmentLabels() + ")"
                + " select to_char(date_trunc('" + unit + "', " + utc("ev.at") + "), 'YYYY-MM-DD'), dl.dept, count(distinct ev.person_id)"
                + " from ev join dl on dl.person_id = ev.person_id group by 1, 2 order by 1, 2",
        scope, windows().periods(unit, periods)));
  }

  /** Posts, comments, shares, reactions and bookmarks per period. */
  public Table activity(InsightsScope scope, String period, int periods) {
    String unit = Windows.unit(period);
    return cache.get("activity:" + scope.key() + ":" + unit + ":" + periods, () -> table(
        "Activity per " + unit,
        List.of(unit, "kind", "count"),
        fromRollups(scope)
            ? "with r as (" + people() + "), s as (select to_char(date_trunc('" + unit + "', r.day::timestamp), 'YYYY-MM-DD') as period,"
                + " " + KIND_SUMS + " from r group by 1)"
                + " select s.period, v.kind, v.n from s cross join lateral (" + KINDS + ") v(kind, n) where v.n > 0 order by 1, 2"
            : "with ev as (" + InsightsSql.events(scope) + ")"
                + " select to_char(date_trunc('" + unit + "', " + utc("ev.at") + "), 'YYYY-MM-DD'), ev.kind, count(*) from ev group by 1, 2 order by 1, 2",
        scope, windows().periods(unit, periods)));
  }

  /** Activity by department over the whole period, for "who takes part". */
  public Table activityByDepartment(InsightsScope scope, int days) {
    return cache.get("activity-dept:" + scope.key() + ":" + days, () -> table(
        "Activity by department, last " + days + " days",
        List.of("department", "kind", "count"),
        fromRollups(scope)
            ? "with r as (" + people() + "), dl as (" + InsightsSql.departmentLabels() + "),"
                + " s as (select dl.dept, " + KIND_SUMS + " from r join dl on dl.person_id = r.person_id group by 1)"
                + " select s.dept, v.kind, v.n from s cross join lateral (" + KINDS + ") v(kind, n) where v.n > 0 order by 1, 2"
            : "with ev as (" + InsightsSql.events(scope) + "), dl as (" + InsightsSql.departmentLabels() + ")"
                + " select dl.dept, ev.kind, count(*) from ev join dl on dl.person_id = ev.person_id group by 1, 2 order by 1, 2",
        scope, windows().days(days)));
  }

  /** Department x department: how often people of one interacted with people of the other. */
  public Table collaborationMatrix(InsightsScope scope, int days) {
    return cache.get("matrix:" + scope.key() + ":" + days, () -> table(
        "Interactions between departments, last " + days + " days",
        List.of("from_department", "to_department", "interactions"),
        fromRollups(scope)
            ? "with " + labelledInteractions() + " select f, t, sum(n) from i group by 1, 2 order by 1, 2"
            : "with i as (" + InsightsSql.interactions(scope) + "), dl as (" + InsightsSql.departmentLabels() + ")"
                + " select f.dept, t.dept, count(*) from i join dl f on f.person_id = i.from_id join dl t on t.person_id = i.to_id"
                + " where i.from_id <> i.to_id group by 1, 2 order by 1, 2",
        scope, windows().days(days)));
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
            + " cd as (select distinct m.community_id, dl.dept from community_member m join dl on dl.person_id = m.person_id"
            + "  join community_card c on c.id = m.community_id where c.deleted_at is null"
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
        fromRollups(scope)
            ? "with " + labelledInteractions() + " select to_char(date_trunc('week', day::timestamp), 'YYYY-MM-DD'), sum(n),"
                + " coalesce(sum(n) filter (where f <> t), 0), round(coalesce(sum(n) filter (where f <> t), 0)::numeric / sum(n), 3)"
                + " from i group by 1 order by 1"
            : "with i as (" + InsightsSql.interactions(scope) + "), dl as (" + InsightsSql.departmentLabels() + ")"
                + " select to_char(date_trunc('week', " + utc("i.at") + "), 'YYYY-MM-DD'), count(*), count(*) filter (where f.dept <> t.dept),"
                + " round(count(*) filter (where f.dept <> t.dept)::numeric / count(*), 3)"
                + " from i join dl f on f.person_id = i.from_id join dl t on t.person_id = i.to_id where i.from_id <> i.to_id"
                + " group by 1 order by 1",
        scope, windows().periods("week", weeks)));
  }

  /**
   * Departments by how much they reach out: the share of their people's interactions that go to
   * other departments, lowest first; those under 20 % are flagged isolated.
   */
  public Table isolatedDepartments(InsightsScope scope, int days) {
    String shares = " select dept, sum(n), coalesce(sum(n) filter (where dept <> other), 0),"
        + " round(coalesce(sum(n) filter (where dept <> other), 0)::numeric / sum(n), 3),"
        + " coalesce(sum(n) filter (where dept <> other), 0)::numeric / sum(n) < 0.2 from x group by dept order by 4, 1";
    return cache.get("isolated:" + scope.key() + ":" + days, () -> table(
        "Departments by reach beyond themselves, last " + days + " days",
        List.of("department", "interactions", "across_departments", "share_across", "isolated"),
        fromRollups(scope)
            ? "with " + labelledInteractions() + ", x as (select f as dept, t as other, n from i union all select t, f, n from i)" + shares
            : "with i as (" + InsightsSql.interactions(scope) + "), dl as (" + InsightsSql.departmentLabels() + "),"
                + " p as (select f.dept as f, t.dept as t from i join dl f on f.person_id = i.from_id join dl t on t.person_id = i.to_id"
                + "  where i.from_id <> i.to_id),"
                + " x as (select f as dept, t as other, 1 as n from p union all select t, f, 1 from p)" + shares,
        scope, windows().days(days)));
  }

  /** People whose interactions reach the most other departments: multipliers for a rollout. */
  public Table connectors(InsightsScope scope, int days) {
    if (!perPersonFigures() || scope.communityId() != null) {
      throw new NotFoundException("Per-person figures are switched off here (agora.insights.per-person).");
    }
    return cache.get("connectors:" + scope.key() + ":" + days, () -> table(
        "Connectors: people reaching the most other departments, last " + days + " days",
        List.of("person_id", "name", "department", "departments_reached", "interactions"),
        fromRollups(scope) ? connectorsFromRollups(rollups.bits())
            : "with i as (" + InsightsSql.interactions(scope) + "),"
                + " pairs as (select from_id as person_id, to_id as other from i where from_id <> to_id"
                + "  union all select to_id, from_id from i where from_id <> to_id)"
                + " select p.id, p.display_name, coalesce(p.department_name, ''), count(distinct o.department_id) filter"
                + "  (where o.department_id is distinct from p.department_id), count(*)"
                + " from pairs x join person_card p on p.id = x.person_id join person_card o on o.id = x.other"
                + " where p.active group by p.id, p.display_name, p.department_name order by 4 desc, 5 desc, 1 limit 20",
        scope, windows().days(days)));
  }

  /**
   * Connectors from the reach rollup: per person the union (bit or) of the departments reached
   * each day, less their own department, counted; no person-to-person pairs are read.
   */
  private static String connectorsFromRollups(int bits) {
    return "with r as (select person_id, departments::bit(" + bits + ") as m, interactions as n from insights_day_reach where day >= " + SINCE_DAY
        + "  union all select person_id, departments::bit(" + bits + "), interactions"
        + "  from (" + InsightsRollups.reachDelta(InsightsRollups.LIVE_FROM, null, bits) + ") l),"
        + " g as (select person_id, bit_or(m) as m, sum(n) as n from r group by person_id)"
        + " select p.id, p.display_name, coalesce(p.department_name, ''), bit_count(g.m) - case when p.department_id < " + bits
        + "  and get_bit(g.m, p.department_id::int) = 1 then 1 else 0 end, g.n"
        + " from g join person_card p on p.id = g.person_id"
        + " where p.active order by 4 desc, 5 desc, 1 limit 20";
  }

  /** Tags used clearly more in the last 7 days than in an average week of the 8 before. */
  public Table trendingTags(InsightsScope scope, int limit) {
    if (limit < 1 || limit > 200) {
      throw new BadRequestException("limit: between 1 and 200");
    }
    return cache.get("trending:" + scope.key() + ":" + limit, () -> table(
        "Trending tags: last 7 days against the weekly average of the 8 weeks before",
        List.of("tag", "last_7_days", "weekly_baseline", "rise"),
        fromRollups(scope)
            ? "with t as (select day, tag, uses from insights_day_tag where day >= " + SINCE_DAY
                + "  union all select * from (" + InsightsRollups.tagDelta(InsightsRollups.LIVE_FROM, null) + ") l),"
                + " s as (select tag, coalesce(sum(uses) filter (where day >= " + RECENT_DAY + "), 0) as recent,"
                + "  coalesce(sum(uses) filter (where day < " + RECENT_DAY + "), 0) as before from t group by tag)"
                + " select tag, recent, round(before::numeric / 8, 2), round((recent + 1)::numeric / (before::numeric / 8 + 1), 2)"
                + " from s where recent >= 3 order by 4 desc, 2 desc, 1 limit " + limit
            : "with t as (select at.tag, a.created_at from activity_tag_fact at join activity_fact a on a.id = at.activity_id"
                + " where not a.deleted and a.created_at >= ?8 and " + scope.on("a.community_id") + ")"
                + " select tag, count(*) filter (where created_at >= ?7),"
                + " round(count(*) filter (where created_at < ?7)::numeric / 8, 2),"
                + " round((count(*) filter (where created_at >= ?7) + 1)::numeric / (count(*) filter (where created_at < ?7)::numeric / 8 + 1), 2)"
                + " from t group by tag having count(*) filter (where created_at >= ?7) >= 3 order by 4 desc, 2 desc, 1 limit " + limit,
        scope, windows().daysAgo(62), windows().daysAgo(6)));
  }

  /**
   * Newcomers by join month over the last {@code months} months: days to a first post and to a
   * first contact across departments (organisation only; small months merged, see {@link CohortSql}).
   */
  public Table newcomerCohorts(InsightsScope scope, int months) {
    if (scope.communityId() != null) {
      throw Refusal.invalid("community", "newcomer cohorts are a figure of the whole organisation");
    }
    return cache.get("cohorts:" + scope.key() + ":" + months, () -> table(
        "Newcomers by join month: days to a first post and to a first contact across departments",
        List.of("cohort", "people", "posted", "median_days_to_first_post", "crossed", "median_days_to_first_cross"),
        CohortSql.cohorts(scope), scope, windows().periods("month", months)));
  }

  /** The first day a figure reads from the rollups (the day of ?8). */
  private static final String SINCE_DAY = "(cast(?8 as timestamptz) at time zone 'UTC')::date";
  private static final String RECENT_DAY = "(cast(?7 as timestamptz) at time zone 'UTC')::date";

  private static final String KIND_SUMS = "sum(r.posts) as posts, sum(r.comments) as comments, sum(r.shares) as shares,"
      + " sum(r.reactions) as reactions, sum(r.bookmarks) as bookmarks";
  private static final String KINDS = "values ('bookmarks', bookmarks), ('comments', comments), ('posts', posts),"
      + " ('reactions', reactions), ('shares', shares)";

  /** Per day and person what they did, from ?8 on: the rollups, then live after them. */
  private static String people() {
    return "select day, person_id, posts, comments, shares, reactions, bookmarks from insights_day_person where day >= " + SINCE_DAY
        + " union all select * from (" + InsightsRollups.personDelta(InsightsRollups.LIVE_FROM, null) + ") l";
  }

  /** {@code i(day, f, t, n)}: interactions between department labels from ?8 on, rollups then live. */
  private static String labelledInteractions() {
    return "r as (select day, from_department_id, to_department_id, interactions from insights_day_interaction where day >= " + SINCE_DAY
        + "  union all select * from (" + InsightsRollups.interactionDelta(InsightsRollups.LIVE_FROM, null) + ") l),"
        + " dd as (" + InsightsSql.departmentIdLabels() + "),"
        + " i as (select r.day, coalesce(f.dept, 'Other departments') as f, coalesce(t.dept, 'Other departments') as t, r.interactions as n"
        + "  from r left join dd f on f.department_id = r.from_department_id left join dd t on t.department_id = r.to_department_id)";
  }

  /** Organisation figures come from the rollups unless asked to scan, or a community's visibility changed since they were built. */
  private boolean fromRollups(InsightsScope scope) {
    return scope.rollups() && rollups.current();
  }

  private static String utc(String column) {
    return "(" + column + " at time zone 'UTC')";
  }

  /** A community's health: members, activity, questions answered and how fast, growth. */
  public Table communityHealth(InsightsScope scope) {
    if (scope.communityId() == null) {
      throw new BadRequestException("community: required");
    }
    return cache.get("health:" + scope.key(), () -> table(
        "Community health",
        List.of("metric", "value"),
        "with posts as (select a.* from activity_fact a where a.community_id = ?9 and not a.deleted),"
            + " questions as (select q.id, q.actor_id, q.created_at, (select min(c.created_at) from activity_fact c"
            + "  where c.parent_id = q.id and not c.deleted and c.actor_id <> q.actor_id) as answered_at"
            + "  from posts q where q.question and q.parent_id is null and q.created_at >= ?8)"
            + " select 'members', count(*)::numeric from community_member m where m.community_id = ?9"
            + " union all select 'active_members_30_days', count(distinct actor_id) from posts where created_at >= ?7"
            + " union all select 'posts_per_week_last_8_weeks', round(count(*)::numeric / 8, 1) from posts where parent_id is null and created_at >= ?8"
            + " union all select 'questions_last_8_weeks', count(*) from questions"
            + " union all select 'share_of_questions_answered', round(coalesce(count(answered_at)::numeric / nullif(count(*), 0), 0), 3) from questions"
            + " union all select 'median_hours_to_first_answer', round(coalesce((percentile_cont(0.5) within group"
            + "  (order by extract(epoch from answered_at - created_at)))::numeric / 3600, 0), 1) from questions where answered_at is not null"
            + " union all select 'new_members_30_days', count(*) from community_member m where m.community_id = ?9"
            + "  and m.created_at >= ?7",
        scope, Instant.now(clock).minus(Duration.ofDays(56)), Instant.now(clock).minus(Duration.ofDays(30))));
  }

  private Table table(String title, List<String> columns, String sql, InsightsScope scope, Instant since) {
    return table(title, columns, sql, scope, since, null);
  }

  /**
   * Runs one insight query: ?8 is {@code since}, ?7 {@code recent} (when given), ?9 the community.
   * A query over the rollups and their live tail gets ?5, where the rollups end; when a rollup step
   * committed meanwhile (the end moved) it runs again, so nothing is counted twice or missed.
   */
  private Table table(String title, List<String> columns, String sql, InsightsScope scope, Instant since, Instant recent) {
    boolean live = sql.contains(InsightsRollups.LIVE_FROM);
    for (int attempt = 1; ; attempt++) {
      Instant rolledTo = live ? rollups.rolledTo() : null;
      Query query = em.createNativeQuery(sql).setParameter(8, since.atOffset(ZoneOffset.UTC));
      if (live) {
        query.setParameter(5, rolledTo.atOffset(ZoneOffset.UTC));
      }
      if (recent != null) {
        query.setParameter(7, recent.atOffset(ZoneOffset.UTC));
      }
      if (scope.communityId() != null) {
        query.setParameter(9, scope.communityId());
      }
      List<?> result = query.getResultList();
      if (!live || attempt == 3 || rolledTo.equals(rollups.rolledTo())) {
        return new Table(title, columns, rows(result));
      }
    }
  }

  private static List<List<Object>> rows(List<?> result) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object row : result) {
      Object[] cells = row instanceof Object[] array ? array : new Object[] {row};
      List<Object> values = new ArrayList<>();
      for (Object cell : cells) {
        values.add(cell instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : cell instanceof java.util.Date
            ? NativeSql.instant(cell) : cell);
      }
      rows.add(values);
    }
    return rows;
  }

  private Windows windows() {
    return Windows.at(Instant.now(clock));
  }
}
