package org.agora.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The colleagues of the announcement benchmark, written straight into the node's database (they
 * have no passwords): {@code count} active people {@code annbench1…}, spread over the existing
 * departments, each with a personal access token; an admin with a token who posts; and the first
 * {@code followers} of them following that admin, so a plain post reaches exactly them. Running it
 * again on the same database reuses the people and replaces the tokens.
 */
final class BenchAudience {

  static final String TOKEN_NAME = "announcement-benchmark";

  /** A colleague with the secret of their token. */
  record Member(long id, String token) {}

  final Member admin;
  final List<Member> members;

  private BenchAudience(Member admin, List<Member> members) {
    this.admin = admin;
    this.members = members;
  }

  static BenchAudience prepare(Connection c, int count, int followers) throws SQLException {
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("insert into person (username, display_name, department_id, location, admin, active, created_at)"
          + " select 'annbench' || g, 'Announcement Reader ' || g,"
          + "  (select d.id from department d order by d.id offset g % greatest(1, (select count(*) from department))"
          + "   limit 1), 'Berlin', false, true, now() - g * interval '1 minute'"
          + " from generate_series(1, " + count + ") g on conflict (username) do nothing");
      s.execute("delete from access_token where name = '" + TOKEN_NAME + "'");
    }
    long adminId = single(c, "select id from person where admin and active order by id limit 1");
    List<Long> ids = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select id from person where username like 'annbench%' and active"
            + " order by length(username), username limit " + count)) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    }
    if (ids.size() < count) {
      throw new IllegalStateException("only " + ids.size() + " of " + count + " benchmark colleagues are active");
    }
    try (PreparedStatement follow = c.prepareStatement(
        "insert into follow (follower_id, followee_id, created_at) values (?, ?, now()) on conflict do nothing")) {
      for (long id : ids.subList(0, Math.min(followers, ids.size()))) {
        follow.setLong(1, id);
        follow.setLong(2, adminId);
        follow.addBatch();
      }
      follow.executeBatch();
    }
    Member admin = new Member(adminId, "agora_pat_annbench_admin_" + adminId);
    List<Member> members = ids.stream().map(id -> new Member(id, "agora_pat_annbench_" + id)).toList();
    try (PreparedStatement insert = c.prepareStatement(
        "insert into access_token (person_id, name, token_hash, created_at) values (?, ?, ?, now())")) {
      for (Member m : concat(admin, members)) {
        insert.setLong(1, m.id());
        insert.setString(2, TOKEN_NAME);
        insert.setString(3, SearchBenchmark.sha256(m.token()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return new BenchAudience(admin, members);
  }

  /** Whether the colleague at this index follows the admin (the plain post's audience). */
  static boolean follows(int index, int followers) {
    return index < followers;
  }

  private static List<Member> concat(Member first, List<Member> rest) {
    List<Member> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      if (!r.next()) {
        throw new IllegalStateException("no row for " + sql);
      }
      return r.getLong(1);
    }
  }
}
