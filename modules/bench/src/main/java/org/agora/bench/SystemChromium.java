package org.agora.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's headless Chromium for the browser benchmarks ({@code -Dbench.chromium}); no browser is downloaded. */
final class SystemChromium {

  private SystemChromium() {}

  static Playwright playwright() {
    return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run");

  static Browser launch(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(executable()).setHeadless(true).setArgs(ARGS));
  }

  /**
   * A browser with a profile on disk, as a colleague's everyday browser: its HTTP cache and the
   * compiled-script cache survive from one page load to the next.
   */
  static BrowserContext launchWithProfile(Playwright playwright, Path profile) {
    return playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
        .setExecutablePath(executable()).setHeadless(true).setArgs(ARGS));
  }

  private static Path executable() {
    return Paths.get(System.getProperty("bench.chromium", "/usr/bin/chromium"));
  }
}
