package org.agora.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the insights dashboard takes to open on the benchmark organisation: the eight figures
 * the organisation dashboard shows, asked from a running Agora over HTTP, first uncached (what the
 * first viewer after a restart or cache expiry waits for) and then cached. Run Agora against the
 * benchmark database first (docs/benchmarks.md has the commands); with
 * {@code AGORA_INSIGHTS_CACHE_SECONDS=0} every request computes its figure, so both columns
 * measure the uncached dashboard. The figures are asked with a personal access token made once
 * with the password: HTTP Basic would add a password hash (about 0.2 s here) to every figure,
 * which the dashboard, on a signed-in session, never pays.
 */
public final class InsightsBenchmark {

  static final List<String> DASHBOARD = List.of(
      "adoption?period=week&periods=12",
      "activity?period=week&periods=12",
      "collaboration/index?weeks=12",
      "collaboration/matrix?days=90",
      "collaboration/communities",
      "collaboration/isolated?days=90",
      "trending-tags",
      "connectors?days=90");

  private final String base;
  private final String user;
  private final String password;
  private final String authorization;
  private final ExecutorService parallel = Executors.newFixedThreadPool(DASHBOARD.size(), runnable -> {
    Thread thread = new Thread(runnable, "insights-bench");
    thread.setDaemon(true);
    return thread;
  });
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  InsightsBenchmark(String base, String user, String password) throws Exception {
    this.base = base.endsWith("/") ? base : base + "/";
    this.user = user;
    this.password = password;
    this.authorization = "Bearer " + token("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private String token(String basic) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/me/tokens"))
        .header("Authorization", basic).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"insights benchmark\"}")).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
    if (response.statusCode() != 201 || !token.find()) {
      throw new IllegalStateException("could not make a token: " + response.statusCode() + " " + response.body());
    }
    return token.group(1);
  }

  static InsightsBenchmark fromSystemProperties() throws Exception {
    return new InsightsBenchmark(System.getProperty("bench.url", "http://localhost:8080"),
        System.getProperty("bench.user", "admin"), System.getProperty("bench.password", "agora-demo"));
  }

  public void run() throws Exception {
    System.out.printf(Locale.ROOT, "%-34s %12s %12s %8s%n", "figure", "first (ms)", "cached (ms)", "rows");
    double first = 0;
    double cached = 0;
    for (String figure : DASHBOARD) {
      Timed cold = get(figure);
      Timed warm = get(figure);
      first += cold.millis;
      cached += warm.millis;
      System.out.printf(Locale.ROOT, "%-34s %12.0f %12.1f %8d%n", figure, cold.millis, warm.millis, rows(cold.body));
    }
    System.out.printf(Locale.ROOT, "%-34s %12.0f %12.1f%n", "dashboard (sum, sequential)", first, cached);
    for (int round = 1; round <= 3; round++) {
      System.out.printf(Locale.ROOT, "%-34s %12.0f%n", "dashboard (all at once, as the view), run " + round, together());
    }
    if (Boolean.getBoolean("bench.browser")) {
      // The usage policy is accepted first, or the first page after signing in is the policy.
      http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/me/policy")).header("Authorization", authorization)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.discarding());
      new DashboardInBrowser(base, user, password).run(Integer.getInteger("bench.openings", 3));
    }
  }

  /** The view asks for every figure at once and shows each as it comes: the time until the last. */
  private double together() throws Exception {
    long start = System.nanoTime();
    List<CompletableFuture<Timed>> figures = DASHBOARD.stream()
        .map(figure -> CompletableFuture.supplyAsync(() -> {
          try {
            return get(figure);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }, parallel))
        .toList();
    CompletableFuture.allOf(figures.toArray(CompletableFuture[]::new)).join();
    return (System.nanoTime() - start) / 1e6;
  }

  record Timed(double millis, String body) {}

  private Timed get(String figure) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/insights/" + figure))
        .header("Authorization", authorization).timeout(Duration.ofMinutes(5)).GET().build();
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    double millis = (System.nanoTime() - start) / 1e6;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(figure + " answered " + response.statusCode() + ": " + response.body());
    }
    return new Timed(millis, response.body());
  }

  private static int rows(String json) {
    int at = json.indexOf("\"rows\":[");
    return at < 0 ? 0 : json.substring(at).split("\\],\\[", -1).length;
  }
}
