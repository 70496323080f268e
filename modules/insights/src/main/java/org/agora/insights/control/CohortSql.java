package org.agora.insights.control;

import org.agora.insights.entity.InsightsScope;

/**
 * How quickly newcomers find their way, per join month (cohort): how many posted and the median
 * days from joining to the first post, and how many interacted with someone of another department
 * (either way: commented, reacted, mentioned, shared, or were) and the median days to the first
 * such contact. Months with fewer than {@link InsightsSql#MIN_GROUP} people are merged into
 * "Smaller cohorts", which is shown only when it reaches that size itself. ?8 is the first day.
 */
public final class CohortSql {

  public static final String SMALLER = "Smaller cohorts";

  private CohortSql() {}

  public static String cohorts(InsightsScope scope) {
    return "with j as (select pj.person_id, pj.department_id, pj.created_at as joined,"
        + "  to_char(date_trunc('month', pj.created_at at time zone 'UTC'), 'YYYY-MM') as month"
        + "  from person_joined pj where pj.created_at >= ?8),"
        + " g as (select j.*, case when count(*) over (partition by month) >= " + InsightsSql.MIN_GROUP
        + "  then month else '" + SMALLER + "' end as cohort from j),"
        + " fp as (select a.actor_id as person_id, min(a.created_at) as at from activity_fact a join j on j.person_id = a.actor_id"
        + "  where a.type = 'POST' and a.parent_id is null and not a.deleted and a.created_at >= j.joined"
        + "  and " + scope.on("a.community_id") + " group by a.actor_id),"
        + " i as (" + InsightsSql.interactions(scope) + "),"
        + " fx as (select j.person_id, min(i.at) as at from j join i on j.person_id in (i.from_id, i.to_id)"
        + "  join person_card o on o.id = case when i.from_id = j.person_id then i.to_id else i.from_id end"
        + "  where o.department_id is distinct from j.department_id and o.department_id is not null and j.department_id is not null"
        + "  and i.at >= j.joined group by j.person_id)"
        + " select g.cohort, count(*), count(fp.at),"
        + " round((percentile_cont(0.5) within group (order by extract(epoch from fp.at - g.joined)))::numeric / 86400, 1),"
        + " count(fx.at),"
        + " round((percentile_cont(0.5) within group (order by extract(epoch from fx.at - g.joined)))::numeric / 86400, 1)"
        + " from g left join fp on fp.person_id = g.person_id left join fx on fx.person_id = g.person_id"
        + " group by g.cohort having count(*) >= " + InsightsSql.MIN_GROUP
        + " order by g.cohort = '" + SMALLER + "', g.cohort";
  }
}
