package org.agora.app.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright: Playwright must not download a browser of its
 * own. Each {@link #newPage()} starts a fresh context, so no cookie leaks from one test to the
 * next.
 */
final class Browser implements AutoCloseable {

  private static final String SCREENSHOTS_PROPERTY = "agora.screenshots";

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;

  Browser() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(
                        Paths.get(System.getProperty("agora.it.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  Page newPage() {
    BrowserContext context =
        chromium.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setLocale("en-GB"));
    context.setDefaultTimeout(15_000);
    return context.newPage();
  }

  /** Saves the page as {@code name.png} when {@value #SCREENSHOTS_PROPERTY} names a folder. */
  static void screenshot(Page page, String name) {
    String folder = System.getProperty(SCREENSHOTS_PROPERTY, "").strip();
    if (folder.isEmpty()) {
      return;
    }
    try {
      Path dir = Files.createDirectories(Paths.get(folder));
      page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
