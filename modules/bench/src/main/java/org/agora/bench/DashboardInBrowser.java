package org.agora.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.Locale;

/**
 * The insights dashboard as its viewer sees it: signed in through the login form in Debian's
 * headless Chromium, on the home page, the time from clicking "Insights" in the menu until every
 * figure is drawn (no panel still busy, the five charts on their canvases); also when the view
 * with its eight panels was shown and when the last figure arrived. Run against an Agora started with the
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
    try (Playwright playwright = SystemChromium.playwright(); Browser browser = SystemChromium.launch(playwright)) {
      Page page = browser.newPage();
      page.navigate(base + "login");
      page.locator("vaadin-login-form input[name=username]").fill(user);
      page.locator("vaadin-login-form input[name=password]").fill(password);
      page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
      page.waitForURL(url -> !url.contains("login"));
      for (int i = 1; i <= openings; i++) {
        // Opened from the menu, as people do: the application is loaded, the view is not.
        page.navigate(base);
        page.locator("h2:has-text('Home')").waitFor();
        page.evaluate(WATCH);
        long clickedAt = System.currentTimeMillis();
        page.locator("vaadin-side-nav-item[path='insights']").click();
        awaitSeen(page, "drawn");
        double shown = seen(page, "shown") - clickedAt;
        double computed = seen(page, "computed") - clickedAt;
        double drawn = seen(page, "drawn") - clickedAt;
        System.out.printf(Locale.ROOT, "%-34s %12.0f   (view shown %.0f, every figure in %.0f)%n",
            "dashboard in Chromium, opening " + i, drawn, shown, computed);
      }
    }
  }

  /**
   * Notes, in the page, the wall-clock time of the first animation frame in which each stage holds:
   * Playwright's own wait answers 0.1 to 0.5 s late while the page stays busy (see AppInBrowser).
   */
  private static final String WATCH = """
      () => {
        window.__dashboard = {};
        const stages = {
          shown: () => document.querySelectorAll('h3').length >= 8,
          computed: () => document.querySelectorAll('h3').length >= 8
              && document.querySelectorAll('[aria-busy=true]').length === 0,
          drawn: () => stages.computed() && document.querySelectorAll('.agora-chart canvas').length >= 5,
        };
        const check = () => {
          for (const [stage, holds] of Object.entries(stages)) {
            if (!window.__dashboard[stage] && holds()) window.__dashboard[stage] = Date.now();
          }
          if (!window.__dashboard.drawn) requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }""";

  private static double seen(Page page, String stage) {
    return ((Number) page.evaluate("stage => window.__dashboard[stage] || 0", stage)).doubleValue();
  }

  /** Waits until the page has noted the stage. */
  private static void awaitSeen(Page page, String stage) {
    try {
      page.waitForFunction("stage => window.__dashboard[stage]", stage,
          new Page.WaitForFunctionOptions().setTimeout(120_000).setPollingInterval(50));
    } catch (RuntimeException e) {
      throw new IllegalStateException("the dashboard did not get " + stage + " at " + page.url() + ": "
          + page.evaluate("() => document.body.innerText.slice(0, 400)"), e);
    }
  }
}
