package org.agora.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The baseline search and type-ahead works without Elasticsearch: {@code ILIKE} over PostgreSQL
 * with the same visibility rule (public content, the reader's readable communities, their own
 * bookmarks). It answers less than the real search (the phrase as typed, newest first, a total; no
 * relevance, facets or snippets), so the ratios it gives are on the generous side for the baseline.
 */
final class NaiveSearch {

  private static final String READABLE =
      "(select id from community where deleted_at is null and visibility = 'PUBLIC'"
          + " union select community_id from membership where person_id = ?1 and state = 'ACTIVE')";

  private static final String SEARCH =
      "with readable as " + READABLE + ", hits as ("
          + " select 'post' as type, a.id, a.created_at as at from activity a left join activity parent on parent.id = a.parent_id"
          + "  where a.type in ('POST', 'COMMENT') and a.deleted_at is null"
          + "  and (a.text ilike ?2 or exists (select 1 from activity_tag t where t.activity_id = a.id and t.tag ilike ?2))"
          + "  and (coalesce(a.community_id, parent.community_id) is null"
          + "   or coalesce(a.community_id, parent.community_id) in (select id from readable))"
          + " union all select 'bookmark', b.id, b.created_at from bookmark b"
          + "  where (b.title ilike ?2 or exists (select 1 from bookmark_tag t where t.bookmark_id = b.id and t.tag ilike ?2))"
          + "  and ((b.visibility = 'PUBLIC' and b.community_id is null) or b.person_id = ?1"
          + "   or b.community_id in (select id from readable))"
          + " union all select 'person', p.id, p.created_at from person p"
          + "  where p.active and (p.display_name ilike ?2 or p.username ilike ?2)"
          + " union all select 'community', c.id, c.created_at from community c"
          + "  where c.deleted_at is null and c.name ilike ?2 and (c.visibility <> 'SECRET' or c.id in (select id from readable)))"
          + " select type, id, count(*) over () from hits order by at desc limit 20";

  private static final String SUGGEST =
      "with readable as " + READABLE
          + " (select display_name from person where active and (display_name ilike ?2 or username ilike ?2) order by display_name limit 8)"
          + " union all (select name from community where deleted_at is null and name ilike ?2"
          + "  and (visibility <> 'SECRET' or id in (select id from readable)) order by name limit 8)"
          + " union all (select t.tag from activity_tag t join activity a on a.id = t.activity_id"
          + "  left join activity parent on parent.id = a.parent_id where t.tag ilike ?2 and a.deleted_at is null"
          + "  and (coalesce(a.community_id, parent.community_id) is null"
          + "   or coalesce(a.community_id, parent.community_id) in (select id from readable))"
          + "  group by t.tag order by count(*) desc limit 5)";

  private NaiveSearch() {}

  /** How many hits the phrase has for this reader (and reads the first page). */
  static long search(Connection c, long reader, String text) throws SQLException {
    return run(c, SEARCH, reader, "%" + text + "%", 3);
  }

  static long suggest(Connection c, long reader, String prefix) throws SQLException {
    return run(c, SUGGEST, reader, prefix + "%", 0);
  }

  private static long run(Connection c, String sql, long reader, String pattern, int countColumn) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql.replace("?1", "?").replace("?2", "?"))) {
      bind(s, sql, reader, pattern);
      long count = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          count = countColumn == 0 ? count + 1 : r.getLong(countColumn);
        }
      }
      return count;
    }
  }

  /** The SQL numbers its parameters ?1 (reader) and ?2 (pattern); JDBC binds them by position. */
  private static void bind(PreparedStatement s, String sql, long reader, String pattern) throws SQLException {
    int index = 1;
    for (int at = sql.indexOf('?'); at >= 0; at = sql.indexOf('?', at + 1)) {
      if (sql.charAt(at + 1) == '1') {
        s.setLong(index++, reader);
      } else {
        s.setString(index++, pattern);
      }
    }
  }
}
