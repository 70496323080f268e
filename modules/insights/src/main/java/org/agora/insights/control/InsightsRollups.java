package org.agora.insights.control;

import static org.agora.insights.control.InsightsSql.day;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.insights.entity.InsightsScope;
import org.agora.platform.boundary.NativeSql;

/**
 * The organisation's daily rollups (docs/insights.md, "Rollups"): per day and person what they
 * did, per day and pair of departments the interactions, per day and person the departments they
 * reached, per day and tag the uses. Secret and deleted communities are left out when a day is
 * rolled up, so organisation figures read from here can never include them.
 *
 * <p>{@code insights_rollup_state.rolled_to} says how far the rollups go: everything created before
 * it is in them. Each {@link #step} runs in its own transaction and holds the state row
 * ({@code for update}, {@code skip locked} for the scheduled job), so one node at a time rolls up
 * and a crash loses at most the step in progress. A day that is over is rolled up once more from
 * scratch (deletions and hides during the day drop out); the current day is added to in small
 * slices up to a minute ago, and figures add the rest ({@link #LIVE_FROM}) live.
 */
@ApplicationScoped
@Transactional
public class InsightsRollups {

  /** Communities that organisation figures leave out: secret or deleted, in id order. */
  static final String EXCLUDED =
      "array(select id from community_card where visibility = 'SECRET' or deleted_at is not null order by id)::bigint[]";

  /**
   * Where the live tail of a figure starts: the end of the rollups (?5, read just before; a value,
   * not a subquery, so that PostgreSQL plans an index range scan of the few rows after it), or ?8
   * when that is later.
   */
  public static final String LIVE_FROM = "greatest(cast(?5 as timestamptz), ?8)";

  private static final List<String> TABLES =
      List.of("insights_day_person", "insights_day_interaction", "insights_day_reach", "insights_day_tag");

  @PersistenceContext EntityManager em;

  /** The state row: how far the rollups go (null: nothing yet), and whether they left out the right communities. */
  private record State(Instant rolledTo, boolean current) {}

  /** Per day and person: what they did in [from, to), organisation scope. */
  public static String personDelta(String from, String to) {
    return "select " + day("ev.at") + " as day, ev.person_id,"
        + " (count(*) filter (where ev.kind = 'posts'))::int as posts, (count(*) filter (where ev.kind = 'comments'))::int as comments,"
        + " (count(*) filter (where ev.kind = 'shares'))::int as shares, (count(*) filter (where ev.kind = 'reactions'))::int as reactions,"
        + " (count(*) filter (where ev.kind = 'bookmarks'))::int as bookmarks"
        + " from (" + InsightsSql.events(InsightsScope.ORGANISATION, from, to) + ") ev group by 1, 2";
  }

  /** Per day and pair of departments (0: none): interactions in [from, to), self-interactions left out. */
  public static String interactionDelta(String from, String to) {
    return "select " + day("i.at") + " as day, coalesce(f.department_id, 0) as from_department_id,"
        + " coalesce(t.department_id, 0) as to_department_id, count(*)::int as interactions"
        + " from (" + InsightsSql.interactions(InsightsScope.ORGANISATION, from, to) + ") i"
        + " join person_card f on f.id = i.from_id join person_card t on t.id = i.to_id where i.from_id <> i.to_id group by 1, 2, 3";
  }

  /**
   * Per day and person: the departments of everyone they interacted with in [from, to), both
   * directions, as {@code bits} bits (bit n set: department n), and the number of interactions.
   */
  public static String reachDelta(String from, String to, int bits) {
    String zero = "B'0'::bit(" + bits + ")";
    return "with i as (" + InsightsSql.interactions(InsightsScope.ORGANISATION, from, to) + ")"
        + " select " + day("x.at") + " as day, x.person_id,"
        + " bit_or(case when o.department_id is null or o.department_id >= " + bits + " then " + zero
        + "  else set_bit(" + zero + ", o.department_id::int, 1) end)::varbit as departments, count(*)::int as interactions"
        + " from (select i.at, i.from_id as person_id, i.to_id as other from i where i.from_id <> i.to_id"
        + "  union all select i.at, i.to_id, i.from_id from i where i.from_id <> i.to_id) x"
        + " join person_card o on o.id = x.other group by 1, 2";
  }

  /** Per day and tag: uses in posts, comments and shares in [from, to). */
  public static String tagDelta(String from, String to) {
    return "select " + day("a.created_at") + " as day, t.tag, count(*)::int as uses from activity_tag_fact t join activity_fact a on a.id = t.activity_id"
        + " where not a.deleted and " + InsightsSql.range("a.created_at", from, to)
        + " and " + InsightsScope.ORGANISATION.on("a.community_id") + " group by 1, 2";
  }

  /** Bits enough for every department id (the reach bit strings are read at this length). */
  public int bits() {
    return ((Number) em.createNativeQuery("select coalesce(max(id), 0)::int + 1 from department_card").getSingleResult()).intValue();
  }

  /** How far the rollups go (everything created before is in them); the epoch when nothing is rolled up yet. */
  public Instant rolledTo() {
    Instant at = NativeSql.instant(em.createNativeQuery("select rolled_to from insights_rollup_state where id = 1").getSingleResult());
    return at == null ? Instant.EPOCH : at;
  }

  /** Whether the rollups left out exactly the communities organisation figures leave out now. */
  public boolean current() {
    return Boolean.TRUE.equals(em.createNativeQuery(
        "select excluded = " + EXCLUDED + " from insights_rollup_state where id = 1").getSingleResult());
  }

  /**
   * One step towards "rolled up to {@code target}": rolls up the oldest unfinished day completely,
   * or, when only the current day is left, adds what happened since the last step. Answers
   * whether there is more to do. {@code wait}: wait for another node's step instead of skipping.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean step(Instant target, boolean wait) {
    List<State> locked = NativeSql.rows(em.createNativeQuery("select rolled_to, excluded = " + EXCLUDED
        + " from insights_rollup_state where id = 1 for update" + (wait ? "" : " skip locked")),
        row -> new State(row.nextInstant(), row.nextBoolean()));
    if (locked.isEmpty()) {
      return false; // another node is rolling up
    }
    State state = locked.get(0);
    if (!state.current()) {
      rewindForChangedCommunities();
      return true;
    }
    Instant from = state.rolledTo() != null ? state.rolledTo() : Instant.EPOCH;
    if (!from.isBefore(target)) {
      return false;
    }
    if (from.equals(start(LocalDate.ofInstant(from, ZoneOffset.UTC)))) {
      // Nothing rolled up on this day yet: skip the days without any activity.
      Instant next = nextEvent(from);
      if (next == null || !next.isBefore(target)) {
        setRolledTo(target);
        return false;
      }
      from = start(LocalDate.ofInstant(next, ZoneOffset.UTC));
    }
    LocalDate fromDay = LocalDate.ofInstant(from, ZoneOffset.UTC);
    if (fromDay.isBefore(LocalDate.ofInstant(target, ZoneOffset.UTC))) {
      deleteFrom(fromDay, true);
      Instant next = start(fromDay.plusDays(1));
      add(start(fromDay), next);
      setRolledTo(next);
      return true;
    }
    add(from, target);
    setRolledTo(target);
    return false;
  }

  /**
   * Forgets the rollups from {@code from} on (everything when null), so that the next steps
   * build them again from the tables: after a restore, an import or a bulk moderation.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void rewind(LocalDate from) {
    em.createNativeQuery("select 1 from insights_rollup_state where id = 1 for update").getResultList();
    if (from == null) {
      for (String table : TABLES) {
        em.createNativeQuery("delete from " + table).executeUpdate();
      }
      em.createNativeQuery("update insights_rollup_state set rolled_to = null, excluded = " + EXCLUDED + " where id = 1").executeUpdate();
      return;
    }
    deleteFrom(from, false);
    em.createNativeQuery(REWIND)
        .setParameter(1, start(from).atOffset(ZoneOffset.UTC)).executeUpdate();
  }

  /** A community became secret or was deleted (or the reverse): roll up again from its first activity. */
  private void rewindForChangedCommunities() {
    String changed = "(select unnest(s.excluded) except select unnest(" + EXCLUDED + "))"
        + " union (select unnest(" + EXCLUDED + ") except select unnest(s.excluded))";
    Object first = em.createNativeQuery("select least((select min(a.created_at) from activity_fact a, insights_rollup_state s"
        + " where s.id = 1 and a.community_id in (" + changed + ")), (select min(b.created_at) from bookmark_fact b, insights_rollup_state s"
        + " where s.id = 1 and b.community_id in (" + changed + ")))").getSingleResult();
    if (first != null) {
      LocalDate day = LocalDate.ofInstant(NativeSql.instant(first), ZoneOffset.UTC);
      deleteFrom(day, false);
      em.createNativeQuery(REWIND)
          .setParameter(1, start(day).atOffset(ZoneOffset.UTC)).executeUpdate();
    }
    em.createNativeQuery("update insights_rollup_state set excluded = " + EXCLUDED + " where id = 1").executeUpdate();
  }

  /** When the first event at or after {@code from} happened, or null. */
  private Instant nextEvent(Instant from) {
    Object first = em.createNativeQuery("select least((select min(created_at) from activity_fact where created_at >= ?1),"
        + " (select min(created_at) from reaction_fact where created_at >= ?1), (select min(created_at) from bookmark_fact where created_at >= ?1))")
        .setParameter(1, from.atOffset(ZoneOffset.UTC)).getSingleResult();
    return NativeSql.instant(first);
  }

  private void deleteFrom(LocalDate day, boolean onlyThatDay) {
    for (String table : TABLES) {
      em.createNativeQuery("delete from " + table + " where day " + (onlyThatDay ? "=" : ">=") + " ?1")
          .setParameter(1, java.sql.Date.valueOf(day)).executeUpdate();
    }
  }

  /** Adds [from, to) to the rollups. */
  private void add(Instant from, Instant to) {
    int bits = bits();
    upsert("insert into insights_day_person as r (day, person_id, posts, comments, shares, reactions, bookmarks) "
        + personDelta("?1", "?2") + " on conflict (day, person_id) do update set posts = r.posts + excluded.posts,"
        + " comments = r.comments + excluded.comments, shares = r.shares + excluded.shares,"
        + " reactions = r.reactions + excluded.reactions, bookmarks = r.bookmarks + excluded.bookmarks", from, to);
    upsert("insert into insights_day_interaction as r (day, from_department_id, to_department_id, interactions) "
        + interactionDelta("?1", "?2") + " on conflict (day, from_department_id, to_department_id)"
        + " do update set interactions = r.interactions + excluded.interactions", from, to);
    upsert("insert into insights_day_reach as r (day, person_id, departments, interactions) "
        + reachDelta("?1", "?2", bits) + " on conflict (day, person_id) do update set"
        + " departments = (r.departments::bit(" + bits + ") | excluded.departments::bit(" + bits + "))::varbit,"
        + " interactions = r.interactions + excluded.interactions", from, to);
    upsert("insert into insights_day_tag as r (day, tag, uses) " + tagDelta("?1", "?2")
        + " on conflict (day, tag) do update set uses = r.uses + excluded.uses", from, to);
  }

  private void upsert(String sql, Instant from, Instant to) {
    em.createNativeQuery(sql).setParameter(1, from.atOffset(ZoneOffset.UTC)).setParameter(2, to.atOffset(ZoneOffset.UTC)).executeUpdate();
  }

  private void setRolledTo(Instant to) {
    em.createNativeQuery("update insights_rollup_state set rolled_to = ?1, built_at = now() where id = 1")
        .setParameter(1, to.atOffset(ZoneOffset.UTC)).executeUpdate();
  }

  /** Rolled up to the start of a day at most (never from "nothing yet" to a gap). */
  private static final String REWIND =
      "update insights_rollup_state set rolled_to = case when rolled_to is null then null else least(rolled_to, ?1) end where id = 1";

  static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
