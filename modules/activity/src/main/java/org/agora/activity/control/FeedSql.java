package org.agora.activity.control;

import java.util.Collection;
import org.agora.activity.entity.FeedFilter;
import org.agora.platform.boundary.NativeSql;

/**
 * The SQL of the home feed, free of JPA so the benchmark runs exactly the statements production
 * runs. Parameters: ?1 the cursor (ids below it), ?2 the page size, ?3 people, ?4 communities
 * (bigint array literals), ?5 tags (text array literal).
 */
public final class FeedSql {

  static final String TOP_LEVEL = " a.parent_id is null and a.deleted_at is null";

  private FeedSql() {}

  /**
   * Pull with bounded probes: one small lateral index scan per followed source, each limited to a
   * page, merged and cut to a page. Cost grows with sources times page size, not with the table.
   */
  public static String home(Collection<Long> readable, FeedFilter filter) {
    String visible = visible("a", readable);
    String probe = " and a.id < ?1" + visible + filter.sql("a") + " order by a.id desc limit ?2";
    return "select id from ("
        + " select a.id from unnest(cast(?3 as bigint[])) src(actor) cross join lateral"
        + "  (select a.id from activity a where a.actor_id = src.actor and" + TOP_LEVEL + probe + ") a"
        + " union"
        + " select a.id from unnest(cast(?4 as bigint[])) src(community) cross join lateral"
        + "  (select a.id from activity a where a.community_id = src.community and" + TOP_LEVEL + probe + ") a"
        + " union"
        + " select a.id from unnest(cast(?5 as varchar[])) src(tag) cross join lateral"
        + "  (select a.id from activity_tag t join activity a on a.id = t.activity_id"
        + "    where t.tag = src.tag and" + TOP_LEVEL + " and t.activity_id < ?1" + visible + filter.sql("a")
        + "    order by t.activity_id desc limit ?2) a"
        + ") merged order by id desc limit ?2";
  }

  /**
   * The stored home timeline of one reader (?3), visibility and filters checked again on read.
   * Parameters ?1 cursor and ?2 page size as above.
   */
  public static String homeTimeline(Collection<Long> readable, FeedFilter filter) {
    return "select t.activity_id from home_timeline t join activity a on a.id = t.activity_id"
        + " where t.owner_id = ?3 and t.activity_id < ?1 and" + TOP_LEVEL + visible("a", readable) + filter.sql("a")
        + " order by t.activity_id desc limit ?2";
  }

  /**
   * Rebuilds one reader's stored timeline (?6) from their sources: the newest {@link #CAP} items,
   * with ?1 = max id and ?2 = the cap. A single backward scan suits this many rows better than
   * {@link #CAP} rows per source.
   */
  public static String rebuildTimeline(Collection<Long> readable) {
    return "insert into home_timeline (owner_id, activity_id) select ?6, id from (" + homeNaive(readable, FeedFilter.ALL)
        + ") newest on conflict do nothing";
  }

  /** How many items a rebuilt timeline holds; pages beyond it read the sources directly. */
  public static final int CAP = 200;

  /**
   * The obvious query, the benchmark's baseline: everything from everyone and everything
   * followed in one {@code IN} list, sorted, limited. Same parameters as {@link #home}.
   */
  public static String homeNaive(Collection<Long> readable, FeedFilter filter) {
    return "select a.id from activity a where" + TOP_LEVEL + " and a.id < ?1" + visible("a", readable) + filter.sql("a")
        + " and (a.actor_id = any(cast(?3 as bigint[])) or a.community_id = any(cast(?4 as bigint[]))"
        + "      or a.id in (select t.activity_id from activity_tag t where t.tag = any(cast(?5 as varchar[]))))"
        + " order by a.id desc limit ?2";
  }

  /** The visibility rule; the ids come from the database, so inlining them is safe. */
  public static String visible(String a, Collection<Long> readable) {
    return readable.isEmpty()
        ? " and " + a + ".community_id is null"
        : " and (" + a + ".community_id is null or " + a + ".community_id = any('" + ids(readable) + "'::bigint[]))";
  }

  /** A PostgreSQL array literal of ids. */
  public static String ids(Collection<Long> ids) {
    return NativeSql.ids(ids);
  }

  /** A PostgreSQL text array literal, quoted and escaped. */
  public static String texts(Collection<String> values) {
    return NativeSql.texts(values);
  }
}
