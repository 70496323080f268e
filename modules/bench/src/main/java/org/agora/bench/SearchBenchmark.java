package org.agora.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Search on the benchmark organisation through a running Agora's HTTP API: 20 concurrent users
 * (each request as one of many readers, so the permission filter varies) searching with
 * {@link SearchWorkload}'s queries, then typing prefixes into type-ahead; the same queries
 * answered naively with {@code ILIKE} over PostgreSQL ({@link NaiveSearch}) for the ratio;
 * commit-to-searchable for posts written through the API; with the phase {@code planless}, the
 * same searches against a second node on the same database and Elasticsearch that runs the bench's
 * baseline bundle without the recent-first plan ({@code org.agora.search.control.PlanlessPagePlans},
 * {@link VariantWar}); and, with {@code -Dbench.outbox=N}, how fast the outbox relay indexes N
 * changed activities. Start Agora against the benchmark
 * database first (docs/search.md has the commands).
 */
public final class SearchBenchmark {

  static final String TOKEN_NAME = "search-benchmark";

  private final String base;
  private final BenchDatabase database;
  private final SearchWorkload workload;
  private final int users = Integer.getInteger("bench.users", 20);
  private final int seconds = Integer.getInteger("bench.seconds", 60);
  private final int thinkMillis = Integer.getInteger("bench.think", 0);
  /** With {@code -Dbench.trace=FILE}, every measured request as "start (epoch ms), phase, kind, µs": to see whether slow ones cluster in time. */
  private final String traceFile = System.getProperty("bench.trace");
  private final List<String> trace = Collections.synchronizedList(new ArrayList<>());
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<Reader> readers = new ArrayList<>();

  record Reader(long id, String token) {}

  SearchBenchmark(String base, BenchDatabase database, Scale scale) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.database = database;
    this.workload = new SearchWorkload(scale);
  }

  static SearchBenchmark fromSystemProperties() {
    return new SearchBenchmark(System.getProperty("bench.url", "http://localhost:8080"),
        BenchDatabase.fromSystemProperties(), Scale.fromSystemProperties());
  }

  public void run() throws Exception {
    try (Connection c = database.connect()) {
      createReaders(c, Integer.getInteger("bench.readers", 50));
    }
    System.out.printf(Locale.ROOT, "%d users, %d readers, %d s per phase, think time %d ms%n",
        users, readers.size(), seconds, thinkMillis);
    String phases = System.getProperty("bench.phases", "search,suggest,naive,visible");
    if (phases.contains("search")) {
      search("search (API)", base);
    }
    if (phases.contains("planless")) {
      Path war = VariantWar.of(BenchNode.war(), BenchNode.target(), "search-planless", "org.agora.search.control");
      try (BenchNode planless = BenchNode.startOn("search-planless", war, database, List.of("-Xmx2g"))) {
        search("search (API, recent-first plan off)", planless.base.toString());
      }
    }
    if (phases.contains("suggest")) {
      load("type-ahead (API)", seconds / 4, false,
          r -> get("api/v1/search/suggest?q=" + SearchWorkload.encode(workload.prefix(r))) == null ? "" : "warm-up");
      report("type-ahead (API)", load("type-ahead (API)", seconds, true, r -> {
        get("api/v1/search/suggest?q=" + SearchWorkload.encode(workload.prefix(r)));
        return "prefix";
      }));
    }
    if (phases.contains("naive")) {
      naive();
    }
    if (phases.contains("visible")) {
      commitToSearchable(Integer.getInteger("bench.posts", 100));
    }
    if (traceFile != null) {
      Files.write(Path.of(traceFile), trace);
    }
    int outbox = Integer.getInteger("bench.outbox", 0);
    if (outbox > 0) {
      new OutboxDrain(database).measure(outbox);
    }
  }

  /** A warm-up of a quarter of the time, then the searches measured, on the node at {@code node}. */
  private void search(String label, String node) throws Exception {
    load(label, seconds / 4, false, r -> get(node, "api/v1/search?" + workload.next(r).parameters()) == null ? "" : "warm-up");
    report(label, load(label, seconds, true, r -> {
      SearchWorkload.Query q = workload.next(r);
      get(node, "api/v1/search?" + q.parameters());
      return q.kind();
    }));
  }

  interface Action {
    Object perform(Random random) throws Exception;
  }

  /** Runs the action from every user for that long; per kind (what the action returns) and overall. */
  private Map<String, Histogram> load(String name, int duration, boolean measure, Action action) throws Exception {
    Map<String, Recorder> recorders = new ConcurrentHashMap<>();
    AtomicInteger failures = new AtomicInteger();
    long end = System.nanoTime() + Duration.ofSeconds(duration).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    List<Future<?>> done = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      Random random = new Random(1000 + u + (measure ? 0 : 500));
      done.add(pool.submit(() -> {
        // Users arrive as they would in the middle of a working day, not all in the same millisecond:
        // a first think time before the first request (all 20 starting at once made a burst that
        // was every phase's slowest second).
        if (thinkMillis > 0) {
          Thread.sleep(random.nextInt(2 * thinkMillis + 1));
        }
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          long startedAt = System.currentTimeMillis();
          Object kind;
          try {
            kind = action.perform(random);
          } catch (Exception e) {
            if (failures.incrementAndGet() <= 3) {
              System.out.println(name + ": " + e.getMessage());
            }
            continue;
          }
          long micros = (System.nanoTime() - start) / 1_000;
          recorders.computeIfAbsent("all", k -> new Recorder(3)).recordValue(micros);
          recorders.computeIfAbsent(String.valueOf(kind), k -> new Recorder(3)).recordValue(micros);
          if (measure && traceFile != null) {
            trace.add(startedAt + "," + name + "," + kind + "," + micros);
          }
          if (thinkMillis > 0) {
            Thread.sleep(random.nextInt(2 * thinkMillis + 1));
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    if (failures.get() > 0) {
      System.out.printf(Locale.ROOT, "%s: %d failed requests%n", name, failures.get());
    }
    Map<String, Histogram> histograms = new TreeMap<>();
    recorders.forEach((kind, recorder) -> histograms.put(kind, recorder.getIntervalHistogram()));
    histograms.values().forEach(h -> h.setEndTimeStamp(h.getStartTimeStamp() + duration * 1000L));
    return histograms;
  }

  private Object get(String path) throws Exception {
    return get(base, path);
  }

  private Object get(String node, String path) throws Exception {
    Reader reader = readers.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(readers.size()));
    HttpRequest request = HttpRequest.newBuilder(URI.create(node + path))
        .header("Authorization", "Bearer " + reader.token()).timeout(Duration.ofSeconds(30)).GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** The same searches and prefixes, answered by {@link NaiveSearch}, one connection per user. */
  private void naive() throws Exception {
    int duration = Integer.getInteger("bench.naive.seconds", seconds);
    List<Connection> connections = java.util.Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<Connection> connection = ThreadLocal.withInitial(() -> {
      try {
        Connection c = database.connect();
        connections.add(c);
        return c;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    report("search (naive SQL)", load("search (naive SQL)", duration, true, r -> {
      SearchWorkload.Query q = workload.next(r);
      NaiveSearch.search(connection.get(), readers.get(r.nextInt(readers.size())).id(), q.text());
      return q.kind();
    }));
    report("type-ahead (naive SQL)", load("type-ahead (naive SQL)", duration, true, r -> {
      NaiveSearch.suggest(connection.get(), readers.get(r.nextInt(readers.size())).id(), workload.prefix(r));
      return "prefix";
    }));
    for (Connection c : connections) {
      c.close();
    }
  }

  /** Posts through the API one at a time, each timed until a search finds it. */
  private void commitToSearchable(int posts) throws Exception {
    Reader author = readers.get(0);
    Histogram visible = new Histogram(60_000_000L, 3);
    for (int i = 0; i < posts; i++) {
      String word = "probe" + Long.toString(System.nanoTime(), 36);
      HttpRequest post = HttpRequest.newBuilder(URI.create(base + "api/v1/posts"))
          .header("Authorization", "Bearer " + author.token()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Latency " + word + "\"}")).build();
      long start = System.nanoTime();
      HttpResponse<String> created = http.send(post, HttpResponse.BodyHandlers.ofString());
      if (created.statusCode() != 201) {
        throw new IllegalStateException("posting answered " + created.statusCode() + ": " + created.body());
      }
      while (!String.valueOf(getAs(author, "api/v1/search?type=post&q=" + word)).contains("\"total\":1")) {
        if (System.nanoTime() - start > Duration.ofSeconds(60).toNanos()) {
          throw new IllegalStateException(word + " not searchable after 60 s");
        }
        Thread.sleep(10);
      }
      visible.recordValue((System.nanoTime() - start) / 1_000);
      Thread.sleep(200);
    }
    report("commit-to-searchable", Map.of("all", visible));
  }

  private Object getAs(Reader reader, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + reader.token()).timeout(Duration.ofSeconds(30)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  /**
   * Readers spread over the organisation, each with a personal access token written straight into
   * the benchmark database (the generated people have no passwords): some in the big communities,
   * some in secret ones, the first ones in a few small ones only.
   */
  private void createReaders(Connection c, int count) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("delete from access_token where name = '" + TOKEN_NAME + "'");
    }
    List<Long> ids = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select id from person where active order by id")) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    }
    Random random = new Random(7);
    try (PreparedStatement insert = c.prepareStatement(
        "insert into access_token (person_id, name, token_hash, created_at) values (?, ?, ?, now())")) {
      for (int i = 0; i < count; i++) {
        long id = ids.get(random.nextInt(ids.size()));
        String token = "agora_pat_searchbench" + id + "x" + i;
        insert.setLong(1, id);
        insert.setString(2, TOKEN_NAME);
        insert.setString(3, sha256(token));
        insert.addBatch();
        readers.add(new Reader(id, token));
      }
      insert.executeBatch();
    }
  }

  static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void report(String name, Map<String, Histogram> histograms) {
    System.out.printf(Locale.ROOT, "%n%s%n| kind | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |%n|---|---|---|---|---|---|---|%n", name);
    histograms.forEach((kind, h) -> {
      double seconds = Math.max(1, h.getEndTimeStamp() - h.getStartTimeStamp()) / 1000.0;
      System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", kind, h.getTotalCount(),
          h.getTotalCount() / seconds, h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
          h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    });
  }
}
