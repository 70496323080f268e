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
        long start = System.nanoTime();
        page.locator("vaadin-side-nav-item[path='insights']").click();
        double shown = waitFor(page, "document.querySelectorAll('h3').length >= 8", start);
        double computed = waitFor(page, "document.querySelectorAll('[aria-busy=true]').length === 0", start);
        double drawn = waitFor(page, "document.querySelectorAll('.agora-chart canvas').length >= 5", start);
        System.out.printf(Locale.ROOT, "%-34s %12.0f   (view shown %.0f, every figure in %.0f)%n",
            "dashboard in Chromium, opening " + i, drawn, shown, computed);
      }
    }
  }

  /** Milliseconds from start until the condition holds in the page. */
  private static double waitFor(Page page, String condition, long start) {
    try {
      page.waitForFunction("() => " + condition, null, new Page.WaitForFunctionOptions().setTimeout(120_000).setPollingInterval(10));
    } catch (RuntimeException e) {
      throw new IllegalStateException("the dashboard did not get to " + condition + " at " + page.url() + ": "
          + page.evaluate("() => document.body.innerText.slice(0, 400)"), e);
    }
    return (System.nanoTime() - start) / 1e6;
  }
}
