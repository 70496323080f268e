package org.agora.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * A company-wide announcement to every open live stream of one node (issue #27: 10,000 sessions,
 * p99 at most 2 s after the commit, none lost; the node's CPU time per delivered frame). Boots a
 * node of its own ({@code -Xmx3g}, demo company) unless {@code -Dbench.url} names a running one
 * ({@code -Dbench.node.pid} then gives its process for the CPU figure), writes
 * {@code -Dbench.sessions}' largest step of colleagues with a personal access token each straight
 * into the node's database ({@link BenchAudience}), and opens one stream per colleague from
 * 127.0.0.1 in this JVM, {@code -Dbench.opening} handshakes at a time. At each step of
 * {@code -Dbench.sessions} (1,000 then 10,000), once every stream is open and the node idle, it
 * runs the phases of {@code -Dbench.phases}: {@code post}, the baseline, is the admin's plain
 * post that reaches only the {@code -Dbench.followers} colleagues who follow them;
 * {@code announcement} is a must-read company-wide announcement that reaches everyone.
 * Each phase sends {@code -Dbench.posts} of them {@code -Dbench.gap} seconds apart and waits up
 * to {@code -Dbench.settle} seconds for the last frame. Latency runs from the frame's
 * {@code committedAt} (the node's clock, the same machine's) to its arrival; the node's CPU time
 * over the phase is divided by every frame the clients received in it (heartbeats included).
 */
final class AnnouncementBenchmark {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern ACTIVITY_ID = Pattern.compile("\"activityId\":(\\d+)");
  private static final double TARGET_P99_MS = 2000;

  private final int[] steps = Arrays.stream(System.getProperty("bench.sessions", "1000,10000").split(","))
      .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
  private final List<String> phases = Arrays.stream(System.getProperty("bench.phases", "post,announcement").split(","))
      .map(String::strip).toList();
  private final int posts = Integer.getInteger("bench.posts", 5);
  private final int gapMillis = (int) (Double.parseDouble(System.getProperty("bench.gap", "4")) * 1000);
  private final int settleSeconds = Integer.getInteger("bench.settle", 15);
  private final int followers = Integer.getInteger("bench.followers", 1000);
  /** With {@code -Dbench.jfr=PATH}, a profile of the node over each step's phases: PATH-STEP.jfr. */
  private final String jfr = System.getProperty("bench.jfr");
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final List<String> summary = new ArrayList<>();

  private URI base;
  private NodeProbe node;
  private BenchAudience audience;
  private BenchStreams streams;

  /** One post or announcement as the API answered it. */
  private record Sent(long id, long activityId, double answeredMillis) {}

  void run() throws Exception {
    int most = Arrays.stream(steps).max().orElseThrow();
    System.out.printf(Locale.ROOT, "announcements: sessions %s, phases %s, %d per phase %.1f s apart, %d followers%n",
        Arrays.toString(steps), phases, posts, gapMillis / 1000.0, followers);
    String url = System.getProperty("bench.url");
    BenchNode own = null;
    try {
      BenchDatabase database;
      if (url == null) {
        own = BenchNode.start("announcement-bench", nodeOptions());
        base = own.base;
        node = new NodeProbe(own.process.toHandle());
        database = BenchDatabase.fromSystemProperties().named("agora_announcement_bench");
      } else {
        base = URI.create(url.endsWith("/") ? url : url + "/");
        node = new NodeProbe(Optional.ofNullable(System.getProperty("bench.node.pid")).map(Long::parseLong)
            .flatMap(ProcessHandle::of).orElse(null));
        database = BenchDatabase.fromSystemProperties();
      }
      System.out.printf(Locale.ROOT, "node %s (pid %s), database %s%n", base, node.pid(), database.url());
      NodeProbe.checkOpenFiles("this JVM (the clients)", ProcessHandle.current(), most);
      if (own != null) {
        NodeProbe.checkOpenFiles("the node", own.process.toHandle(), most);
      }
      try (Connection c = database.connect()) {
        audience = BenchAudience.prepare(c, most, followers);
      }
      streams = new BenchStreams(base, audience.members);
      int tried = 0;
      for (int step : steps) {
        int open = streams.openUpTo(tried, step);
        tried = step;
        System.out.println("node after opening, after a full GC: " + node.memory());
        node.awaitIdle();
        if (jfr != null) {
          node.jcmd("JFR.start", "name=announcements", "settings=profile", "filename=" + jfr + "-" + step + ".jfr");
        }
        for (String phase : phases) {
          measure(phase, step, open);
        }
        if (jfr != null) {
          node.jcmd("JFR.stop", "name=announcements");
        }
      }
    } finally {
      if (streams != null) {
        streams.abortAll();
      }
      if (own != null) {
        own.close();
      }
    }
    System.out.printf(Locale.ROOT, "%n| sessions | phase | frames expected | received | lost | duplicated | p50 ms | p95 ms"
        + " | p99 ms | max ms | node CPU s | frames in phase | node CPU µs per frame |%n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|%n");
    summary.forEach(System.out::println);
  }

  private List<String> nodeOptions() {
    List<String> options = new ArrayList<>(List.of("-Xmx" + System.getProperty("bench.heap", "3g")));
    String extra = System.getProperty("bench.nodeOptions", "");
    if (!extra.isBlank()) {
      options.addAll(Arrays.asList(extra.strip().split("\\s+")));
    }
    return options;
  }

  /** One phase at one step: the first {@code step} colleagues' streams, {@code open} of them open. */
  private void measure(String phase, int step, int open) throws Exception {
    boolean announcing = phase.equals("announcement");
    if (!announcing && !phase.equals("post")) {
      throw new IllegalArgumentException("unknown phase " + phase + "; known: post, announcement");
    }
    // The streams that should get every frame of the phase: those open now (and, for posts, following the admin).
    List<StreamListener> receivers = new ArrayList<>();
    for (int i = 0; i < step; i++) {
      StreamListener stream = streams.open(i);
      if (stream != null && (announcing || BenchAudience.follows(i, followers))) {
        receivers.add(stream);
      }
    }
    StreamListener.Counts counts = streams.counts;
    long framesBefore = counts.total();
    long[] byTypeBefore = counts.byType();
    Duration cpuBefore = node.cpu();
    List<Sent> sent = new ArrayList<>();
    for (int n = 1; n <= posts; n++) {
      long start = System.nanoTime();
      sent.add(send(announcing, n));
      long rest = gapMillis - (System.nanoTime() - start) / 1_000_000;
      if (n < posts && rest > 0) {
        Thread.sleep(rest);
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settleSeconds);
    while (received(announcing, sent, receivers) < (long) receivers.size() * sent.size() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    Duration cpuAfter = node.cpu();
    long frames = counts.total() - framesBefore;
    long[] byType = counts.byType();
    for (int t = 0; t < byType.length; t++) {
      byType[t] -= byTypeBefore[t];
    }
    System.out.printf(Locale.ROOT, "%s to %d open sessions: frames in the phase: announcement %d, activity %d,"
        + " notification %d, heartbeat %d, other %d; sessions closed so far %d%n", phase, open, byType[0], byType[1],
        byType[2], byType[3], byType[4], counts.closed.sum());
    report(phase, open, sent, receivers, announcing,
        cpuBefore == null || cpuAfter == null ? null : cpuAfter.minus(cpuBefore), frames);
  }

  private Sent send(boolean announcing, int n) throws Exception {
    String body = announcing
        ? "{\"text\":\"Announcement " + n + " to everyone: the canteen opens at 11:30 from Monday.\",\"mustRead\":true,"
            + "\"pinnedUntil\":\"" + Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"}"
        : "{\"text\":\"Plain post " + n + " for my followers.\"}";
    long start = System.nanoTime();
    HttpResponse<String> r = http.send(
        HttpRequest.newBuilder(base.resolve(announcing ? "api/v1/announcements" : "api/v1/posts"))
            .header("Authorization", "Bearer " + audience.admin.token()).header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    double answered = (System.nanoTime() - start) / 1e6;
    Matcher id = ID.matcher(r.body());
    if (r.statusCode() != 201 || !id.find()) {
      throw new IllegalStateException((announcing ? "announcing" : "posting") + " answered " + r.statusCode() + ": "
          + r.body());
    }
    Matcher activity = ACTIVITY_ID.matcher(r.body());
    long activityId = announcing ? (activity.find() ? Long.parseLong(activity.group(1)) : -1) : Long.parseLong(id.group(1));
    return new Sent(Long.parseLong(id.group(1)), activityId, answered);
  }

  /** What a stream noted of the phase's kind: announcements by id, or posts' activities by id. */
  private static Map<Long, long[]> seen(StreamListener stream, boolean announcing) {
    return announcing ? stream.announcements : stream.activities;
  }

  /** Frames of the phase's kind that arrived at the streams expecting them. */
  private static long received(boolean announcing, List<Sent> sent, List<StreamListener> receivers) {
    long received = 0;
    for (StreamListener stream : receivers) {
      for (Sent s : sent) {
        if (seen(stream, announcing).containsKey(s.id())) {
          received++;
        }
      }
    }
    return received;
  }

  private void report(String phase, int open, List<Sent> sent, List<StreamListener> receivers, boolean announcing,
      Duration cpu, long frames) {
    Histogram latency = new Histogram(3_600_000L, 3);
    long lost = 0;
    long duplicated = 0;
    for (Sent s : sent) {
      Histogram one = new Histogram(3_600_000L, 3);
      for (StreamListener stream : receivers) {
        long[] arrival = seen(stream, announcing).get(s.id());
        if (arrival == null) {
          lost++;
        } else {
          duplicated += arrival[2] - 1;
          one.recordValue(Math.max(0, arrival[1] - arrival[0]));
        }
      }
      latency.add(one);
      System.out.printf(Locale.ROOT, "  %s %d (activity %d): API answered in %.0f ms; %d of %d sessions,"
          + " ms p50 %d p99 %d max %d%n", phase, s.id(), s.activityId(), s.answeredMillis(), one.getTotalCount(),
          receivers.size(), one.getValueAtPercentile(50), one.getValueAtPercentile(99), one.getMaxValue());
    }
    boolean measured = cpu != null && frames > 0;
    String line = String.format(Locale.ROOT, "| %,d | %s | %,d | %,d | %,d | %,d | %d | %d | %d | %d | %s | %,d | %s |",
        open, phase, (long) receivers.size() * sent.size(), latency.getTotalCount(), lost, duplicated,
        latency.getValueAtPercentile(50), latency.getValueAtPercentile(95), latency.getValueAtPercentile(99),
        latency.getMaxValue(), measured ? String.format(Locale.ROOT, "%.2f", cpu.toMillis() / 1000.0) : "?", frames,
        measured ? String.format(Locale.ROOT, "%.0f", cpu.toNanos() / 1000.0 / frames) : "?");
    System.out.println(line);
    if (announcing) {
      System.out.printf(Locale.ROOT, "target p99 <= %.0f ms and 0 lost: %s%n", TARGET_P99_MS,
          lost == 0 && latency.getValueAtPercentile(99) <= TARGET_P99_MS ? "met" : "NOT met");
    }
    summary.add(line);
  }
}
