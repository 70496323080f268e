package org.agora.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The insights dashboard as its viewer sees it: signed in through the login form in Debian's
 * headless Chromium, the time from asking for {@code /insights} until every figure is drawn (no
 * panel still busy, the five charts on their canvases). Run against an Agora started with the
 * cache off ({@code AGORA_INSIGHTS_CACHE_SECONDS=0}), so every opening computes every figure.
 */
final class DashboardInBrowser {

  private final String base;
  private final String user;
  private final String password;

  DashboardInBrowser(String base, String user, String password) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.user = user;
    this.password = password;
  }

  void run(int openings) {
    try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Paths.get(System.getProperty("bench.chromium", "/usr/bin/chromium")))
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run")))) {
      Page page = browser.newPage();
      page.navigate(base + "login");
      page.locator("vaadin-login-form input[name=username]").fill(user);
      page.locator("vaadin-login-form input[name=password]").fill(password);
      page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
      page.waitForURL(url -> !url.contains("login"));
      for (int i = 1; i <= openings; i++) {
        page.navigate(base);
        page.waitForLoadState();
        long start = System.nanoTime();
        page.navigate(base + "insights");
        try {
          page.waitForFunction("() => document.querySelectorAll('.agora-chart canvas').length >= 5"
              + " && document.querySelectorAll('[aria-busy=true]').length === 0", null,
              new Page.WaitForFunctionOptions().setTimeout(120_000));
        } catch (RuntimeException e) {
          throw new IllegalStateException("the dashboard did not finish at " + page.url() + ": "
              + page.evaluate("() => document.querySelectorAll('.agora-chart canvas').length + ' canvases, '"
                  + " + document.querySelectorAll('[aria-busy=true]').length + ' busy; ' + document.body.innerText.slice(0, 400)"), e);
        }
        System.out.printf(Locale.ROOT, "%-34s %12.0f%n", "dashboard in Chromium, opening " + i, (System.nanoTime() - start) / 1e6);
      }
    }
  }
}
