package org.agora.bookmarks.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Visits a link the way {@link FetchPolicy} allows: redirects followed by hand so that every hop
 * is checked, at most {@code maxBytes} read (a title sits in the first kilobytes), HTML only, one
 * overall timeout. Never throws for anything the remote side does: the answer is a {@link PageVisit}.
 */
public class PageFetcher {

  static final String USER_AGENT = "Agora-LinkCheck/1.0 (+https://github.com/agora)";

  private final FetchPolicy policy;
  private final HttpClient client;

  public PageFetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(policy.timeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  public PageVisit visit(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return PageVisit.refused("not a valid address");
    }
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      Optional<String> refusal = policy.refusal(uri);
      if (refusal.isPresent()) {
        return PageVisit.refused(refusal.get());
      }
      HttpResponse<InputStream> response;
      try {
        response = client.send(
            HttpRequest.newBuilder(uri).timeout(policy.timeout()).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1").GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        return PageVisit.dead(0, "timed out after " + policy.timeout().toSeconds() + " s");
      } catch (IOException e) {
        return PageVisit.dead(0, "unreachable: " + e.getClass().getSimpleName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return PageVisit.dead(0, "interrupted");
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
        close(response);
        try {
          uri = uri.resolve(response.headers().firstValue("Location").get());
        } catch (IllegalArgumentException e) {
          return PageVisit.dead(status, "redirect to an invalid address");
        }
        continue;
      }
      return read(uri, response);
    }
    return PageVisit.dead(0, "more than " + policy.maxRedirects() + " redirects");
  }

  private PageVisit read(URI uri, HttpResponse<InputStream> response) {
    int status = response.statusCode();
    try (InputStream body = response.body()) {
      if (status == 404 || status == 410 || status >= 500) {
        return PageVisit.dead(status, "answered " + status);
      }
      if (status >= 400) {
        // 401, 403, 429...: the page exists but will not show itself to a robot.
        return PageVisit.alive(status, null);
      }
      String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      if (!type.contains("html")) {
        return PageVisit.alive(status, null);
      }
      byte[] head = body.readNBytes(policy.maxBytes());
      return PageVisit.alive(status, title(head, charset(type), uri));
    } catch (IOException e) {
      return PageVisit.alive(status, null);
    }
  }

  /** The page's own name: its Open Graph title, else its {@code <title>}. */
  static String title(byte[] html, String charset, URI base) {
    Document page;
    try {
      // Without a charset from the header, jsoup reads it from a BOM or <meta charset>.
      page = Jsoup.parse(new ByteArrayInputStream(html), charset, base.toString());
    } catch (IOException e) {
      return null;
    }
    Element og = page.selectFirst("meta[property=og:title]");
    String title = og != null ? og.attr("content") : page.title();
    title = title == null ? "" : title.strip().replaceAll("\\s+", " ");
    if (title.isEmpty()) {
      return null;
    }
    return title.length() > 300 ? title.substring(0, 300) : title;
  }

  private static String charset(String contentType) {
    int at = contentType.indexOf("charset=");
    if (at < 0) {
      return null;
    }
    String name = contentType.substring(at + 8).replace("\"", "").split(";")[0].strip();
    try {
      return Charset.isSupported(name) ? name : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // nothing to release beyond the connection, which the client recycles
    }
  }
}
