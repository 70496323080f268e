package org.agora.app.ui;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium, headless, driven by Playwright: no browser is downloaded. Screenshots are
 * written only when {@code agora.screenshots} names a folder (docs/screenshots for the README).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Paths.get(System.getProperty("agora.chromium", "/usr/bin/chromium"));

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  Browser() {
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM);
  }

  /** A fresh page in its own context: its own cookies, so its own session. */
  Page newPage() {
    return newPage("en-US");
  }

  /** A fresh page whose browser asks for {@code locale} (Accept-Language, navigator.language). */
  Page newPage(String locale) {
    Page page = browser.newContext(new NewContextOptions().setViewportSize(1280, 860).setLocale(locale)).newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  /** A phone: 390 x 844 CSS pixels (an iPhone 14's viewport), touch, a mobile user agent's layout. */
  Page newPhonePage(String locale) {
    Page page = browser.newContext(new NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
        .setIsMobile(true).setHasTouch(true).setLocale(locale)).newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  static void screenshot(Page page, String name) {
    String folder = System.getProperty("agora.screenshots");
    if (folder != null && !folder.isBlank()) {
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get(folder, name + ".png")).setFullPage(false));
    }
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
