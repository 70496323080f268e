package org.agora.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * How fast a running Agora's outbox relay indexes changes: writes outbox rows for N distinct
 * posts (posts without comments, so one row is one document) as if they had just been edited, and
 * times until search's relay cursor has passed them all. Every row makes the relay reload the post
 * from PostgreSQL and write it to Elasticsearch, exactly as for a real edit. Run it once with the
 * relay's normal batch size and once with {@code AGORA_SEARCH_RELAY_BATCH_SIZE=1} (each row on its
 * own: one transaction, one reload, one request) for the bulk ratio.
 */
final class OutboxDrain {

  private final BenchDatabase database;

  OutboxDrain(BenchDatabase database) {
    this.database = database;
  }

  void measure(int rows) throws SQLException, InterruptedException {
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      long mark = single(s, "select coalesce(max(id), 0) from outbox");
      long start = System.nanoTime();
      s.executeUpdate("insert into outbox (type, aggregate_type, aggregate_id, payload, created_at)"
          + " select 'bench.touched', 'activity', id, '{}', now() from (select id from activity"
          + "  where type = 'POST' and id % 4 <> 0 and deleted_at is null order by random() limit " + rows + ") p");
      long last = single(s, "select coalesce(max(id), 0) from outbox");
      while (single(s, "select last_id from search_relay_cursor") < last) {
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%noutbox relay: %,d changed posts indexed in %.1f s: %.0f docs/s%n",
          rows, seconds, rows / seconds);
    }
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
