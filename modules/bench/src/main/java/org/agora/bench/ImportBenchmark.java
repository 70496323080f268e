package org.agora.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Browser bookmark import under load: {@code -Dbench.users} colleagues at once each import
 * {@code -Dbench.files} Netscape files of {@code -Dbench.links} new links (one multipart POST per
 * file, one transaction). The naive baseline in the same run saves the same number of links the way
 * a script without the import would: one {@code POST /api/v1/bookmarks} per link, same concurrency.
 * Reports per-request percentiles and links stored per second for both, and their ratio. The node
 * runs with the write rate limits off, so the baseline measures the server, not the limiter.
 */
final class ImportBenchmark {

  private final int users = Integer.getInteger("bench.users", 4);
  private final int files = Integer.getInteger("bench.files", 5);
  private final int links = Integer.getInteger("bench.links", 500);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  void run() throws Exception {
    System.out.printf(Locale.ROOT, "bookmark import: %d colleagues at once, %d files each of %d links; baseline: the same links one POST each%n",
        users, files, links);
    try (BenchNode node = BenchNode.start("import-bench", List.of("-Xmx1g",
        "-Dagora.limits.writes-per-minute=1000000", "-Dagora.limits.writes-per-minute-per-address=0"))) {
      List<String> tokens = new ArrayList<>();
      for (String username : node.people().keySet()) {
        if (tokens.size() < users) {
          tokens.add(node.token(username));
        }
      }
      phase("warm-up", node.base, tokens, 1, true);
      phase("warm-up", node.base, tokens, 1, false);
      Result imported = phase("import", node.base, tokens, files, true);
      Result single = phase("one by one", node.base, tokens, files, false);
      System.out.printf(Locale.ROOT, "import stores %.1fx the links per second of one POST per link%n",
          imported.linksPerSecond() / single.linksPerSecond());
    }
  }

  private record Result(long links, double seconds) {
    double linksPerSecond() {
      return links / seconds;
    }
  }

  /** Each colleague sends {@code rounds} files' worth of links, as files or one link at a time. */
  private Result phase(String name, URI base, List<String> tokens, int rounds, boolean asFiles) throws Exception {
    Histogram latency = new Histogram(600_000_000L, 3);
    AtomicLong stored = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    String run = name.replace(' ', '-') + "-" + System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
    long start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int u = 0; u < tokens.size(); u++) {
      String token = tokens.get(u);
      int user = u;
      work.add(pool.submit(() -> {
        for (int r = 0; r < rounds; r++) {
          String prefix = "https://import.example/" + run + "/" + user + "/" + r + "/";
          if (asFiles) {
            timed(latency, stored, failed, links, upload(base, token, file(prefix)));
          } else {
            for (int i = 0; i < links; i++) {
              timed(latency, stored, failed, 1, HttpRequest.newBuilder(base.resolve("api/v1/bookmarks"))
                  .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + prefix + i + "\",\"title\":\"Page " + i
                      + "\",\"visibility\":\"PRIVATE\"}")));
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Result result = new Result(stored.get(), seconds);
    if (!name.equals("warm-up")) {
      System.out.printf(Locale.ROOT, "%-11s requests %6d  failed %d  ms p50 %8.1f  p95 %8.1f  p99 %8.1f  max %8.1f  links %7d in %6.1f s: %8.1f links/s%n",
          name, latency.getTotalCount(), failed.get(), latency.getValueAtPercentile(50) / 1000.0,
          latency.getValueAtPercentile(95) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
          latency.getMaxValue() / 1000.0, stored.get(), seconds, result.linksPerSecond());
    }
    if (failed.get() > 0) {
      throw new IllegalStateException(name + ": " + failed.get() + " requests failed");
    }
    return result;
  }

  private void timed(Histogram latency, AtomicLong stored, AtomicLong failed, int count, HttpRequest.Builder request)
      throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> answer = http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
    synchronized (latency) {
      latency.recordValue((System.nanoTime() - start) / 1000);
    }
    if (answer.statusCode() / 100 == 2) {
      stored.addAndGet(count);
    } else {
      failed.incrementAndGet();
    }
  }

  private String file(String prefix) {
    StringBuilder html = new StringBuilder("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><H3>Work</H3>\n<DL><p>\n");
    for (int i = 0; i < links; i++) {
      html.append("<DT><A HREF=\"").append(prefix).append(i).append("\" ADD_DATE=\"1700000000\" TAGS=\"bench,import\">Page ")
          .append(i).append("</A>\n");
    }
    return html.append("</DL><p>\n</DL><p>\n").toString();
  }

  private static HttpRequest.Builder upload(URI base, String token, String html) {
    String boundary = "agora" + System.nanoTime();
    byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bookmarks.html\"\r\n"
        + "Content-Type: text/html\r\n\r\n" + html + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(base.resolve("api/v1/bookmarks/import"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }
}
