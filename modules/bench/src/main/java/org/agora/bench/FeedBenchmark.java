package org.agora.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.agora.activity.control.FeedSql;
import org.agora.activity.entity.FeedFilter;
import org.HdrHistogram.Histogram;

/**
 * Home feed, first page: the production query (pull with bounded probes per source) against the
 * naive {@code IN (...) ORDER BY ... LIMIT} query, for the same readers in the same run,
 * alternating which goes first. Both must return the same page; the report counts any difference.
 */
public final class FeedBenchmark {

  static final int PAGE = 21;

  private final BenchDatabase database;
  private final Scale scale;

  public FeedBenchmark(BenchDatabase database, Scale scale) {
    this.database = database;
    this.scale = scale;
  }

  record Reader(long id, List<Long> people, List<Long> communities, List<String> tags, Set<Long> readable) {}

  public void run() throws Exception {
    boolean reused = database.prepare(Boolean.getBoolean("bench.reuse"));
    try (Connection c = database.connect()) {
      if (!reused) {
        long start = System.nanoTime();
        new OrganisationGenerator(scale).generate(c);
        System.out.printf(Locale.ROOT, "organisation generated in %.0f s%n", (System.nanoTime() - start) / 1e9);
      }
      if (longs(c, "select count(*) from home_timeline").get(0) == 0) {
        buildTimelines(c);
      }
      printShape(c);
      int warmup = Integer.getInteger("bench.warmup", 100);
      int samples = Integer.getInteger("bench.samples", 500);
      Random random = new Random(11);
      Histogram fast = new Histogram(60_000_000L, 3);
      Histogram probes = new Histogram(60_000_000L, 3);
      Histogram naive = new Histogram(60_000_000L, 3);
      int differences = 0;
      long followed = 0;
      for (int i = 0; i < warmup + samples; i++) {
        Reader reader = reader(c, 1 + random.nextInt(scale.people()));
        followed += reader.people().size();
        boolean fastFirst = i % 2 == 0;
        List<Long> a = fastFirst ? production(c, reader, fast, i >= warmup) : null;
        List<Long> b = time(c, FeedSql.homeNaive(reader.readable(), FeedFilter.ALL), reader, naive, i >= warmup);
        if (!fastFirst) {
          a = production(c, reader, fast, i >= warmup);
        }
        List<Long> p = time(c, FeedSql.home(reader.readable(), FeedFilter.ALL), reader, probes, i >= warmup);
        if (!a.equals(b) || !p.equals(b)) {
          differences++;
        }
      }
      report(fast, probes, naive, differences, samples + warmup, followed / (double) (samples + warmup));
    }
  }

  /** What Feeds.home does: the stored timeline, or the sources when the timeline runs short. */
  private List<Long> production(Connection c, Reader reader, Histogram histogram, boolean record) throws SQLException {
    long start = System.nanoTime();
    List<Long> ids = run(c, FeedSql.homeTimeline(reader.readable(), FeedFilter.ALL), reader);
    if (ids.size() < PAGE) {
      ids = run(c, FeedSql.home(reader.readable(), FeedFilter.ALL), reader);
    }
    if (record) {
      histogram.recordValue((System.nanoTime() - start) / 1_000);
    }
    return ids;
  }

  /** Every person's stored timeline, built with the production rebuild statement. */
  private void buildTimelines(Connection c) throws SQLException {
    long start = System.nanoTime();
    List<Long> people = longs(c, "select id from person order by id");
    for (long id : people) {
      Reader reader = reader(c, id);
      String sql = FeedSql.rebuildTimeline(reader.readable());
      try (PreparedStatement s = c.prepareStatement(jdbc(sql))) {
        bind(s, sql, reader);
        s.executeUpdate();
      }
    }
    System.out.printf(Locale.ROOT, "stored home timelines for %,d people in %.0f s%n", people.size(), (System.nanoTime() - start) / 1e9);
  }

  private List<Long> run(Connection c, String sql, Reader reader) throws SQLException {
    List<Long> ids = new ArrayList<>(PAGE);
    try (PreparedStatement s = c.prepareStatement(jdbc(sql))) {
      bind(s, sql, reader);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private List<Long> time(Connection c, String sql, Reader reader, Histogram histogram, boolean record) throws SQLException {
    long start = System.nanoTime();
    List<Long> ids = new ArrayList<>(PAGE);
    try (PreparedStatement s = c.prepareStatement(jdbc(sql))) {
      bind(s, sql, reader);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    if (record) {
      histogram.recordValue((System.nanoTime() - start) / 1_000);
    }
    return ids;
  }

  /** JDBC wants plain {@code ?}: rewrite the numbered JPA parameters and remember their order. */
  static String jdbc(String sql) {
    return sql.replaceAll("\\?(\\d)", "?");
  }

  private static void bind(PreparedStatement s, String sql, Reader reader) throws SQLException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?(\\d)").matcher(sql);
    int position = 1;
    while (m.find()) {
      switch (m.group(1)) {
        case "1" -> s.setLong(position, Long.MAX_VALUE);
        case "2" -> s.setInt(position, sql.startsWith("insert") ? FeedSql.CAP : PAGE);
        case "6" -> s.setLong(position, reader.id());
        case "3" -> {
          if (sql.contains("home_timeline t")) s.setLong(position, reader.id());
          else s.setString(position, FeedSql.ids(reader.people()));
        }
        case "4" -> s.setString(position, FeedSql.ids(reader.communities()));
        case "5" -> s.setString(position, FeedSql.texts(reader.tags()));
        default -> throw new IllegalStateException(m.group());
      }
      position++;
    }
  }

  private static Reader reader(Connection c, long id) throws SQLException {
    List<Long> people = longs(c, "select followee_id from follow where follower_id = " + id);
    people.add(id);
    List<Long> communities =
        longs(c, "select community_id from membership where person_id = " + id + " and state = 'ACTIVE'");
    List<String> tags = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery("select tag from tag_follow where person_id = " + id)) {
      while (rs.next()) tags.add(rs.getString(1));
    }
    Set<Long> readable = new TreeSet<>(longs(c, "select id from community where visibility = 'PUBLIC' and deleted_at is null"));
    readable.addAll(communities);
    return new Reader(id, people, communities, tags, readable);
  }

  private static List<Long> longs(Connection c, String sql) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) values.add(rs.getLong(1));
    }
    return values;
  }

  private static void printShape(Connection c) throws SQLException {
    for (String table : List.of("person", "community", "membership", "follow", "activity", "activity_tag", "tag_follow", "home_timeline")) {
      System.out.printf(Locale.ROOT, "%-12s %,12d rows%n", table, longs(c, "select count(*) from " + table).get(0));
    }
    System.out.printf(Locale.ROOT, "largest community: %,d members%n",
        longs(c, "select max(n) from (select count(*) n from membership group by community_id) m").get(0));
  }

  private static void report(Histogram fast, Histogram probes, Histogram naive, int differences, int readers, double avgFollowed) {
    System.out.println();
    System.out.println("Home feed, first page of 20, " + fast.getTotalCount() + " readers measured (after warm-up), avg sources followed "
        + String.format(Locale.ROOT, "%.0f", avgFollowed));
    System.out.println("| query | p50 ms | p95 ms | p99 ms | max ms |");
    System.out.println("|---|---|---|---|---|");
    line("stored timeline (production)", fast);
    line("bounded probes (fallback)", probes);
    line("naive IN ... ORDER BY", naive);
    System.out.printf(Locale.ROOT, "p99 ratio naive / production: %.1fx; p50 ratio: %.1fx%n",
        naive.getValueAtPercentile(99) / (double) fast.getValueAtPercentile(99),
        naive.getValueAtPercentile(50) / (double) fast.getValueAtPercentile(50));
    System.out.println("readers whose first page differed between the queries: " + differences + " of " + readers);
  }

  private static void line(String name, Histogram h) {
    System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", name,
        h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
  }
}
