package org.agora.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Live stream under load on one node: N WebSocket clients (tokens of many demo colleagues, each
 * subscribed to one of {@code -Dbench.authors} authors, one by default), the authors posting in
 * turn at a fixed rate, and each client counting what it receives. Latency is from the commit (the frame's {@code committedAt}, stamped by the node on
 * the same machine's clock) to the frame's arrival. The same run boots the node twice: the
 * production bundle (per-session queues, asynchronous sends) and, as the naive baseline, a copy
 * of it with the bench's {@code org.agora.live.control.NaiveLiveStreams} added ({@link VariantWar}:
 * a blocking send per session in a loop). {@code -Dbench.url=http://host:port/} measures a node already
 * running instead (for profiling it), {@code -Dbench.url.queued=…} and {@code -Dbench.url.naive=…}
 * one already running node per mode (booted outside the benchmark lock).
 */
public final class LiveBenchmark {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final Pattern PERSON = Pattern.compile("\"id\":(\\d+),[^}]*?\"username\":\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  /** The JDK client reads all its sockets on one selector thread: spread the clients over several. */
  private final HttpClient[] sockets = java.util.stream.IntStream.range(0, Integer.getInteger("bench.selectors", 16))
      .mapToObj(i -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()).toArray(HttpClient[]::new);
  private final int[] steps;
  private final int rate;
  private final int seconds;
  private final boolean warmup;
  private final int authors = Integer.getInteger("bench.authors", 1);

  LiveBenchmark() {
    steps = java.util.Arrays.stream(System.getProperty("bench.clients", "500,1000,2000").split(","))
        .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    rate = Integer.getInteger("bench.rate", 20);
    seconds = Integer.getInteger("bench.seconds", 15);
    warmup = !Boolean.getBoolean("bench.nowarmup");
  }

  public void run() throws Exception {
    System.out.printf(Locale.ROOT, "live: clients %s, %d posts/s for %d s per step, %d author(s): each post to 1/%d of the clients%n",
        java.util.Arrays.toString(steps), rate, seconds, authors, authors);
    String url = System.getProperty("bench.url", System.getProperty("bench.url." + modes0()));
    List<String> modes = java.util.Arrays.stream(System.getProperty("bench.modes", "queued,naive").split(","))
        .map(String::strip).toList();
    // The nodes boot side by side (minutes each on the busy machine); each is measured alone and
    // stopped before the next one is measured, so they never share the cores under load.
    Map<String, Node> nodes = new java.util.LinkedHashMap<>();
    List<String> held = new ArrayList<>();
    try {
      if (url == null) {
        for (String mode : modes) {
          nodes.put(mode, Node.boot(mode));
        }
      }
      for (String mode : modes) {
        Node node = nodes.get(mode);
        try {
          URI base = node == null ? URI.create(System.getProperty("bench.url." + mode, url)) : node.base();
          int most = measureNode(mode, base, node == null ? null : node.process());
          held.add(mode + " " + most);
        } finally {
          if (node != null) {
            node.stop();
          }
        }
      }
    } finally {
      for (Node node : nodes.values()) {
        node.stop();
      }
    }
    System.out.println("most clients held at p95 < 500 ms with nothing lost: " + String.join(", ", held));
  }

  private static String modes0() {
    return System.getProperty("bench.modes", "queued,naive").split(",")[0].strip();
  }

  /** A Payara Micro node of one mode, with its own database (dropped when it stops). */
  private record Node(String db, URI base, Process process) {

    static Node boot(String mode) throws Exception {
      String db = "agora_live_bench_" + mode;
      recreate(db, db);
      int port = freePort();
      // Maven runs the benchmark from the reactor root or from modules/bench.
      Path root = Files.isDirectory(Path.of("modules", "app")) ? Path.of(".") : Path.of("..", "..");
      Path target = root.resolve(Path.of("modules", "bench", "target"));
      Path log = target.resolve("live-bench-" + mode + ".log");
      Files.createDirectories(log.getParent());
      Path war = Path.of(System.getProperty("bench.war", root.resolve("modules/app/target/agora.war").toString()));
      if (mode.equals("naive")) {
        war = VariantWar.of(war, target, "live-naive", "org.agora.live.control");
      }
      Process process = new ProcessBuilder(
              // -Dbench.java, -Dbench.microJar, -Dbench.war: another stack's node (docs/benchmarks.md)
              System.getProperty("bench.java", Path.of(System.getProperty("java.home"), "bin", "java").toString()),
              "-Xmx2g", "-Dagora.db.url=jdbc:postgresql://127.0.0.1:5432/" + db, "-Dagora.db.user=postgres",
              "-Dagora.db.password=unused", "-Dagora.demo=true",
              "-jar", System.getProperty("bench.microJar", root.resolve("modules/app/target/payara-micro.jar").toString()),
              "--deploy", war.toString(),
              "--contextroot", "/", "--port", String.valueOf(port), "--nocluster", "--maxhttpthreads", "200")
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      return new Node(db, URI.create("http://127.0.0.1:" + port + "/"), process);
    }

    void stop() throws Exception {
      if (process.isAlive()) {
        process.destroyForcibly().waitFor();
        recreate(db, null);
      }
    }
  }

  private int measureNode(String mode, URI base, Process node) throws Exception {
    List<Client> clients = new ArrayList<>();
    int held = 0;
    try {
      awaitReady(base, node);
      Map<String, Long> people = people(base);
      // -Dbench.authors=K: K colleagues post in turn, each client follows one of them, so a post
      // reaches 1/K of the clients (1, the default: every post to every client, the worst case).
      List<String> usernames = new ArrayList<>(people.keySet());
      int authorCount = Math.max(1, Math.min(authors, usernames.size() - 1));
      List<Long> authorIds = new ArrayList<>();
      List<String> authorTokens = new ArrayList<>();
      for (String author : usernames.subList(0, authorCount)) {
        authorIds.add(people.get(author));
        authorTokens.add(token(base, author));
      }
      List<String> tokens = new ArrayList<>();
      for (String username : usernames.subList(authorCount, usernames.size())) {
        if (tokens.size() < Integer.getInteger("bench.users", 40)) {
          tokens.add(token(base, username));
        }
      }
      if (warmup) {
        clients.add(Client.open(http, base, tokens.get(0), 0, authorIds.get(0)).get(60, TimeUnit.SECONDS));
        clients.get(0).awaitSubscribed();
        measure(mode + "-warmup", base, node, authorTokens.subList(0, 1), clients);
      }
      for (int step : steps) {
        while (clients.size() < step) {
          List<CompletableFuture<Client>> opening = new ArrayList<>();
          for (int i = clients.size(); i < Math.min(step, clients.size() + 100); i++) {
            opening.add(Client.open(sockets[i % sockets.length], base, tokens.get(i % tokens.size()), i % authorCount,
                authorIds.get(i % authorCount)));
          }
          for (CompletableFuture<Client> c : opening) {
            clients.add(c.get(60, TimeUnit.SECONDS));
          }
        }
        for (Client c : clients) {
          c.awaitSubscribed();
          c.reset();
        }
        if (measure(mode, base, node, authorTokens, clients)) {
          held = clients.size();
        }
      }
    } finally {
      clients.forEach(Client::abort);
    }
    return held;
  }

  /** One step; true when p95 stayed under 500 ms and nothing was lost or duplicated. */
  private boolean measure(String mode, URI base, Process node, List<String> authorTokens, List<Client> clients)
      throws Exception {
    Duration cpuBefore = cpuTime(node);
    Map<Long, Integer> posted = new ConcurrentHashMap<>();
    Histogram answered = new Histogram(600_000_000_000L, 3);
    ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
    List<CompletableFuture<Void>> posts = new ArrayList<>();
    int total = rate * seconds;
    CompletableFuture<Void> done = new CompletableFuture<>();
    long period = 1_000_000_000L / rate;
    int[] count = {0};
    poster.scheduleAtFixedRate(() -> {
      if (count[0]++ >= total) {
        done.complete(null);
        return;
      }
      long start = System.nanoTime();
      int author = count[0] % authorTokens.size();
      posts.add(http.sendAsync(
              HttpRequest.newBuilder(base.resolve("api/v1/posts")).header("Authorization", "Bearer " + authorTokens.get(author))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"load " + count[0] + "\"}")).build(),
              HttpResponse.BodyHandlers.ofString())
          .thenAccept(r -> {
            Matcher m = ID.matcher(r.body());
            if (r.statusCode() == 201 && m.find()) {
              posted.put(Long.parseLong(m.group(1)), author);
              synchronized (answered) {
                answered.recordValue((System.nanoTime() - start) / 1000);
              }
            }
          }));
    }, 0, period, TimeUnit.NANOSECONDS);
    done.get(seconds * 3L + 60, TimeUnit.SECONDS);
    poster.shutdown();
    CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    Thread.sleep(Long.getLong("bench.settle", 5000));
    Duration cpuAfter = cpuTime(node);

    Histogram latency = new Histogram(600_000_000_000L, 3);
    long lost = 0;
    long duplicated = 0;
    long closed = 0;
    for (Client c : clients) {
      if (c.closed) {
        closed++;
      }
      for (Map.Entry<Long, Integer> post : posted.entrySet()) {
        if (post.getValue() != c.author) {
          continue;
        }
        long[] arrival = c.received.get(post.getKey());
        if (arrival == null) {
          lost++;
        } else {
          duplicated += arrival[2] - 1;
          latency.recordValue(Math.max(0, arrival[1] - arrival[0]));
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "%-7s clients %5d  posts %4d/%d (POST answered p50 %.1f p99 %.1f ms)  latency ms p50 %8.1f  p95 %8.1f  p99 %8.1f  max %8.1f  lost %d  duplicated %d  closed %d%n",
        mode, clients.size(), posted.size(), total,
        answered.getValueAtPercentile(50) / 1000.0, answered.getValueAtPercentile(99) / 1000.0,
        (double) latency.getValueAtPercentile(50), (double) latency.getValueAtPercentile(95),
        (double) latency.getValueAtPercentile(99), (double) latency.getMaxValue(), lost, duplicated, closed);
    long frames = latency.getTotalCount() + duplicated;
    if (cpuBefore != null && cpuAfter != null && frames > 0) {
      Duration nodeCpu = cpuAfter.minus(cpuBefore);
      System.out.printf(Locale.ROOT, "%-7s clients %5d  node CPU %.1f s for %d frames: %.1f µs per delivered frame%n",
          mode, clients.size(), nodeCpu.toMillis() / 1000.0, frames, nodeCpu.toNanos() / 1000.0 / frames);
    }
    return posted.size() == total && lost == 0 && duplicated == 0 && latency.getValueAtPercentile(95) < 500;
  }

  /**
   * The CPU time the node's JVM has used so far (user and system, every thread): the step's share,
   * divided by the frames delivered, is what one frame costs the node, posting and storing included.
   * Null for a node the benchmark did not start ({@code -Dbench.url}).
   */
  private static Duration cpuTime(Process node) {
    return node == null ? null : node.info().totalCpuDuration().orElse(null);
  }

  /**
   * One client socket that records, per activity, its commit time, the first arrival (both in
   * epoch milliseconds) and how many times it came. Parsing is a few index lookups: with 2,000
   * clients on the node's machine, the clients must cost far less than the server.
   */
  static final class Client extends WholeFrames {
    final Map<Long, long[]> received = new ConcurrentHashMap<>();
    final CompletableFuture<Void> subscribed = new CompletableFuture<>();
    /** Which of the posting colleagues this client follows (its index). */
    final int author;
    volatile boolean closed;
    WebSocket socket;

    Client(int author) {
      this.author = author;
    }

    static CompletableFuture<Client> open(HttpClient http, URI base, String token, int author, long authorId) {
      Client client = new Client(author);
      return StreamListener.connect(http, base, token, client, Duration.ofSeconds(30))
          .thenApply(ws -> {
            client.socket = ws;
            ws.sendText("{\"subscribe\":{\"person\":" + authorId + "}}", true);
            return client;
          });
    }

    @Override
    void frame(String frame, long now) {
      if (frame.startsWith("{\"type\":\"activity\"")) {
        long activity = StreamListener.number(frame, "\"activityId\":");
        long committed = StreamListener.number(frame, "\"committedAt\":");
        long[] seen = received.putIfAbsent(activity, new long[] {committed, now, 1});
        if (seen != null) {
          seen[2]++;
        }
      } else if (frame.contains("\"type\":\"subscribed\"")) {
        subscribed.complete(null);
      }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
      closed = true;
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed = true;
    }

    void awaitSubscribed() throws Exception {
      subscribed.get(60, TimeUnit.SECONDS);
    }

    void reset() {
      received.clear();
    }

    void abort() {
      if (socket != null) {
        socket.abort();
      }
    }
  }

  private Map<String, Long> people(URI base) throws Exception {
    Map<String, Long> people = new java.util.LinkedHashMap<>();
    String body = get(base, "api/v1/people?limit=100", basic("admin")).body();
    Matcher m = PERSON.matcher(body);
    while (m.find()) {
      if (!m.group(2).equals("admin")) {
        people.put(m.group(2), Long.parseLong(m.group(1)));
      }
    }
    return people;
  }

  private String token(URI base, String username) throws Exception {
    HttpResponse<String> created = http.send(
        HttpRequest.newBuilder(base.resolve("api/v1/me/tokens")).header("Authorization", basic(username))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(created.body());
    if (!m.find()) {
      throw new IllegalStateException("no token for " + username + ": " + created.body());
    }
    return m.group(1);
  }

  private HttpResponse<String> get(URI base, String path, String authorization) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String username) {
    return "Basic " + Base64.getEncoder().encodeToString((username + ":agora-demo").getBytes(StandardCharsets.UTF_8));
  }

  private void awaitReady(URI base, Process node) throws Exception {
    // A node boots in minutes on the busy shared machine.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(900);
    while (System.nanoTime() < deadline) {
      if (node != null && !node.isAlive()) {
        throw new IllegalStateException("the node died; see modules/bench/target/live-bench-*.log");
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP") && r.body().contains("\"database\"")) {
          return;
        }
      } catch (IOException e) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the node did not become ready");
  }

  /** Drops the benchmark database {@code db} and, unless {@code create} is null, creates it empty. */
  private static void recreate(String db, String create) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + db + " with (force)");
      if (create != null) {
        s.execute("create database " + create);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
