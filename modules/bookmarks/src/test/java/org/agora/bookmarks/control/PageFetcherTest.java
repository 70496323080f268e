package org.agora.bookmarks.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Visits pages of a real HTTP server on loopback, which the policy allows here by name only. */
class PageFetcherTest {

  static HttpServer server;
  static String base;
  static final FetchPolicy ALLOW_TEST_SERVER =
      new FetchPolicy(List.of("127.0.0.1"), List.of(), false, false, Duration.ofSeconds(2), 64 * 1024, 3);

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/page", x -> html(x, 200, "<html><head><title>  Kubernetes\n in practice </title></head><body>…</body></html>"));
    server.createContext("/og", x -> html(x, 200, "<head><meta property='og:title' content='Shared title'><title>Plain</title></head>"));
    server.createContext("/latin1", x -> {
      byte[] body = "<title>Grüße</title>".getBytes(StandardCharsets.ISO_8859_1);
      x.getResponseHeaders().add("Content-Type", "text/html; charset=ISO-8859-1");
      send(x, 200, body);
    });
    server.createContext("/gone", x -> html(x, 404, "<title>Not found</title>"));
    server.createContext("/private", x -> html(x, 403, "<title>Forbidden</title>"));
    server.createContext("/pdf", x -> {
      x.getResponseHeaders().add("Content-Type", "application/pdf");
      send(x, 200, new byte[100]);
    });
    server.createContext("/huge", x -> {
      // The title comes after more than the size cap: it is not read.
      html(x, 200, "<html><head>" + "<!-- padding -->".repeat(10_000) + "<title>Too far</title></head></html>");
    });
    server.createContext("/slow", x -> {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      html(x, 200, "<title>Late</title>");
    });
    server.createContext("/hop", x -> redirect(x, "/page"));
    server.createContext("/loop", x -> redirect(x, "/loop"));
    server.createContext("/to-localhost", x -> redirect(x, "http://localhost:" + server.getAddress().getPort() + "/page"));
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void readsTheTitleOfAPage() {
    PageVisit visit = new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/page");
    assertThat(visit.outcome()).isEqualTo(PageVisit.Outcome.ALIVE);
    assertThat(visit.title()).isEqualTo("Kubernetes in practice");
    assertThat(new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/og").title()).isEqualTo("Shared title");
    assertThat(new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/latin1").title()).isEqualTo("Grüße");
  }

  @Test
  void followsRedirectsUpToTheLimit() {
    assertThat(new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/hop").title()).isEqualTo("Kubernetes in practice");
    PageVisit loop = new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/loop");
    assertThat(loop.outcome()).isEqualTo(PageVisit.Outcome.DEAD);
    assertThat(loop.reason()).contains("more than 3 redirects");
  }

  @Test
  void checksEveryRedirectHopAgainstThePolicy() {
    PageVisit visit = new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/to-localhost");
    assertThat(visit.outcome()).isEqualTo(PageVisit.Outcome.REFUSED);
    assertThat(visit.reason()).contains("loopback");
  }

  @Test
  void tellsDeadFromShyPages() {
    PageVisit gone = new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/gone");
    assertThat(gone.outcome()).isEqualTo(PageVisit.Outcome.DEAD);
    assertThat(gone.httpStatus()).isEqualTo(404);
    assertThat(new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/private").outcome()).isEqualTo(PageVisit.Outcome.ALIVE);
    PageVisit refused = new PageFetcher(ALLOW_TEST_SERVER).visit("http://127.0.0.1:1/nothing-listens");
    assertThat(refused.outcome()).isEqualTo(PageVisit.Outcome.DEAD);
  }

  @Test
  void readsOnlyHtmlAndOnlyUpToTheCap() {
    PageVisit pdf = new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/pdf");
    assertThat(pdf.outcome()).isEqualTo(PageVisit.Outcome.ALIVE);
    assertThat(pdf.title()).isNull();
    assertThat(new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/huge").title()).isNull();
  }

  @Test
  void givesUpAfterTheTimeout() {
    long start = System.nanoTime();
    PageVisit slow = new PageFetcher(ALLOW_TEST_SERVER).visit(base + "/slow");
    assertThat(slow.outcome()).isEqualTo(PageVisit.Outcome.DEAD);
    assertThat(slow.reason()).contains("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void neverVisitsLoopbackLinkLocalOrPrivateAddresses() {
    FetchPolicy strict = FetchPolicy.defaults();
    for (String url : List.of(base + "/page", "http://localhost/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/", "http://192.168.0.1/", "http://0.0.0.0/", "http://[fd00::1]/")) {
      PageVisit visit = new PageFetcher(strict).visit(url);
      assertThat(visit.outcome()).as(url).isEqualTo(PageVisit.Outcome.REFUSED);
    }
    assertThat(new PageFetcher(strict).visit("ftp://example.com/file").outcome()).isEqualTo(PageVisit.Outcome.REFUSED);
  }

  @Test
  void theDenyListWinsAndWildcardsMatchSubdomains() {
    FetchPolicy policy = new FetchPolicy(List.of("*.example.com"), List.of("secret.example.com"), false, false, Duration.ofSeconds(1), 1024, 0);
    assertThat(policy.refusal(URI.create("https://secret.example.com/"))).get().asString().contains("deny list");
    assertThat(policy.refusal(URI.create("https://wiki.example.com/"))).isEmpty();
    assertThat(FetchPolicy.matches(List.of("*.example.com"), "example.org")).isFalse();
    FetchPolicy onlyListed = new FetchPolicy(List.of("*.example.com"), List.of(), true, false, Duration.ofSeconds(1), 1024, 0);
    assertThat(onlyListed.refusal(URI.create("https://example.org/"))).get().asString().contains("not on the allow list");
  }

  private static void redirect(HttpExchange x, String location) throws IOException {
    x.getResponseHeaders().add("Location", location);
    send(x, 302, new byte[0]);
  }

  private static void html(HttpExchange x, int status, String body) throws IOException {
    x.getResponseHeaders().add("Content-Type", "text/html");
    send(x, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange x, int status, byte[] body) throws IOException {
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }
}
