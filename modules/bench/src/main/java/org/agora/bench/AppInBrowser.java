package org.agora.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The web app as a colleague meets it, in Debian's headless Chromium (`-Dbench=app`), each step
 * timed to the first frame that shows its result ({@link #SHOWN}): from the click on "Sign in" to
 * the first card of the home feed; from a click on a card's time to its post's page; from opening
 * a post's address (a link in a mail) to the post readable (the copy in the page's HTML) and to
 * the post drawn by the app with its thread. Baselines in the same
 * run: the login page itself (from navigation to the form), and the post read over the API (the
 * server's share of opening it). Each is measured in two kinds of browser
 * ({@code -Dbench.browser=fresh|returning|both}): a new empty context per round (a first visit),
 * and one browser with a profile on disk, signed out between rounds (a colleague who used Agora
 * before: the HTTP cache and Chromium's compiled-script cache are warm).
 */
final class AppInBrowser {

  /**
   * Notes the wall-clock time of the first frame in which each watched element is on screen: the
   * moment a person sees it. Playwright's own wait answers later when the page stays busy after
   * that frame (more of the view still being set up), by 0.1 to 0.5 s on these cores.
   */
  private static final String SHOWN = """
      window.__agoraShown = {};
      const watched = ['.feed-card', '.post-view .feed-card', '.first-paint [role=article]'];
      const check = () => {
        let pending = false;
        for (const selector of watched) {
          if (window.__agoraShown[selector]) continue;
          // The server's copy is in a page loaded by its address only, until the app has drawn it.
          if (selector.startsWith('.first-paint') && !document.querySelector('.first-paint')) continue;
          const element = document.querySelector(selector);
          if (element && element.checkVisibility() && element.getBoundingClientRect().height > 0) {
            window.__agoraShown[selector] = Date.now();
          } else {
            pending = true;
          }
        }
        if (pending) requestAnimationFrame(check);
      };
      new MutationObserver(() => requestAnimationFrame(check)).observe(document, {subtree: true, childList: true});
      """;

  private final String base;
  private final String user;
  private final String password;
  private final int rounds;
  private final HttpClient http = HttpClient.newHttpClient();

  AppInBrowser() {
    String url = System.getProperty("bench.url", "http://127.0.0.1:8080/");
    base = url.endsWith("/") ? url : url + "/";
    user = System.getProperty("bench.user", "admin");
    password = System.getProperty("bench.password", "agora-demo");
    rounds = Integer.getInteger("bench.rounds", 20);
  }

  void run() throws Exception {
    api("POST", "api/v1/me/policy", "{}");
    String mode = System.getProperty("bench.browser", "both");
    try (Playwright playwright = SystemChromium.playwright()) {
      if (!"returning".equals(mode)) {
        try (Browser browser = SystemChromium.launch(playwright)) {
          // Each round in a new, empty context: the first visit ever, nothing cached.
          measure("first visit (empty cache)", () -> {
            BrowserContext context = browser.newContext();
            context.addInitScript(SHOWN);
            return context.newPage();
          }, page -> page.context().close());
        }
      }
      if (!"fresh".equals(mode)) {
        Path profile = Files.createTempDirectory("agora-bench-profile");
        try (BrowserContext everyday = SystemChromium.launchWithProfile(playwright, profile)) {
          everyday.addInitScript(SHOWN);
          // A colleague's everyday browser: signed out between rounds, its caches kept.
          measure("returning colleague (cache kept)", () -> {
            everyday.clearCookies();
            return everyday.newPage();
          }, Page::close);
        } finally {
          deleteProfile(profile);
        }
      }
    }
  }

  private void measure(String browser, Supplier<Page> open, Consumer<Page> close) throws Exception {
    List<String> posts = new ArrayList<>();
    List<Double> loginPage = new ArrayList<>();
    List<Double> firstCard = new ArrayList<>();
    List<Double> permalink = new ArrayList<>();
    List<Double> permalinkRead = new ArrayList<>();
    List<Double> postOverApi = new ArrayList<>();
    List<Double> inApp = new ArrayList<>();
    for (int round = 0; round < rounds + 2; round++) {
      boolean warmUp = round < 2;
      Page page = open.get();
      try {
        long start = System.nanoTime();
        page.navigate(base + "login");
        page.locator("vaadin-login-form input[name=username]").waitFor();
        double form = millis(start);
        page.locator("vaadin-login-form input[name=username]").fill(user);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        long clickedAt = System.currentTimeMillis();
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator(".feed-card").first().waitFor();
        double card = drawnSince(page, ".feed-card", clickedAt);
        if (posts.isEmpty()) {
          // The posts to open: the links on the home feed's cards, as a colleague would follow them.
          @SuppressWarnings("unchecked")
          List<String> links = (List<String>) page.evaluate(
              "() => [...document.querySelectorAll('.feed-card a.feed-time')].map(a => a.getAttribute('href'))");
          posts.addAll(links);
        }
        String post = posts.get(round % posts.size());
        // In the app: the card's time is the post's link (no page load, the router swaps the view).
        long linkClickedAt = System.currentTimeMillis();
        page.locator(".feed-card a.feed-time").first().click();
        page.locator(".post-view .feed-card").first().waitFor();
        double clicked = drawnSince(page, ".post-view .feed-card", linkClickedAt);
        long openedAt = System.currentTimeMillis();
        page.navigate(base + post);
        page.locator(".post-view .feed-card").first().waitFor();
        double opened = drawnSince(page, ".post-view .feed-card", openedAt);
        // Readable: the server's copy in the page's HTML, or the app's view if that came first.
        double read = Math.min(opened, shownSince(page, ".first-paint [role=article]", openedAt));
        start = System.nanoTime();
        api("GET", "api/v1/" + post, null);
        double served = millis(start);
        if (Boolean.getBoolean("bench.verbose")) {
          System.out.printf(Locale.ROOT, "round %d: form %.0f, first card %.0f, %s readable %.0f, drawn %.0f (API %.0f)%n", round, form,
              card, post, read, opened, served);
        }
        if (!warmUp) {
          loginPage.add(form);
          firstCard.add(card);
          permalink.add(opened);
          permalinkRead.add(read);
          inApp.add(clicked);
          postOverApi.add(served);
        }
      } finally {
        close.accept(page);
      }
    }
    System.out.printf(Locale.ROOT, "%-50s %8s %8s %8s%n", "web app in Chromium, " + browser + ", " + rounds + " rounds",
        "p50 ms", "p95 ms", "max ms");
    print("login page shown (baseline)", loginPage);
    print("sign-in click to the first feed card", firstCard);
    print("post read over the API (baseline)", postOverApi);
    print("post page from its link in the feed (in the app)", inApp);
    print("post opened by its address: readable", permalinkRead);
    print("post opened by its address: drawn by the app", permalink);
  }

  private static void print(String what, List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf(Locale.ROOT, "%-50s %8.0f %8.0f %8.0f%n", what, percentile(sorted, 50), percentile(sorted, 95),
        sorted.get(sorted.size() - 1));
  }

  private static double percentile(List<Double> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  /** The browser profile is tens of megabytes of cache: it goes once measured. */
  private static void deleteProfile(Path profile) throws IOException {
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * For an element just waited for: when the first frame showed it, or at the latest now (the
   * page's script may miss an element that a navigation drew before the script was running).
   */
  private static double drawnSince(Page page, String selector, long since) {
    return Math.min(shownSince(page, selector, since), System.currentTimeMillis() - since);
  }

  /**
   * Milliseconds from {@code since} (wall clock) to the first frame that showed the element;
   * infinity when it was never shown (a build without the copy of {@code FirstPaint}).
   */
  private static double shownSince(Page page, String selector, long since) {
    Number shown = (Number) page.evaluate("selector => window.__agoraShown[selector]", selector);
    return shown == null ? Double.POSITIVE_INFINITY : shown.longValue() - since;
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private String api(String method, String path, String body) throws Exception {
    String authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
        .header("Content-Type", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
