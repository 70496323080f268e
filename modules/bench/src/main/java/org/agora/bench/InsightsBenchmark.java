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

/**
 * How long the insights dashboard takes to open on the benchmark organisation: the seven figures
 * the dashboard shows, asked from a running Agora over HTTP, first uncached (what the first viewer
 * after a restart or cache expiry waits for) and then cached. Run Agora against the benchmark
 * database first (docs/benchmarks.md has the commands); with {@code AGORA_INSIGHTS_CACHE_SECONDS=0}
 * every request computes its figure, so both columns measure the uncached dashboard.
 */
public final class InsightsBenchmark {

  static final List<String> DASHBOARD = List.of(
      "adoption?period=week&periods=12",
      "activity?period=week&periods=12",
      "collaboration/index?weeks=12",
      "collaboration/matrix?days=90",
      "collaboration/isolated?days=90",
      "trending-tags",
      "connectors?days=90");

  private final String base;
  private final String authorization;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  InsightsBenchmark(String base, String user, String password) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static InsightsBenchmark fromSystemProperties() {
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
