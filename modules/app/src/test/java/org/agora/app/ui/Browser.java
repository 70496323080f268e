package org.agora.app.ui;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * Debian's Chromium, headless, driven by Playwright: no browser is downloaded. Screenshots are
 * written only when {@code agora.screenshots} names a folder (docs/screenshots for the README).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Paths.get(System.getProperty("agora.chromium", "/usr/bin/chromium"));

  /** Per page, its last console errors and failed requests: printed when a test waits in vain. */
  private static final Map<Page, Deque<String>> TRAILS = new WeakHashMap<>();

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
    return watched(browser.newContext(new NewContextOptions().setViewportSize(1280, 860).setLocale(locale)).newPage());
  }

  /**
   * A page in a browser that runs no scripts, signed in as {@code signedIn}'s context is (its
   * cookies): what a page shows before the app's scripts have run.
   */
  Page withoutScripts(Page signedIn, String locale) {
    return withoutScripts(signedIn, new NewContextOptions().setViewportSize(1280, 860).setLocale(locale));
  }

  /** The same on a phone's viewport (as {@link #newPhonePage}). */
  Page phoneWithoutScripts(Page signedIn, String locale) {
    return withoutScripts(signedIn, new NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
        .setIsMobile(true).setHasTouch(true).setLocale(locale));
  }

  private Page withoutScripts(Page signedIn, NewContextOptions options) {
    var context = browser.newContext(options.setJavaScriptEnabled(false));
    context.addCookies(signedIn.context().cookies());
    return watched(context.newPage());
  }

  /** A phone: 390 x 844 CSS pixels (an iPhone 14's viewport), touch, a mobile user agent's layout. */
  Page newPhonePage(String locale) {
    return watched(browser.newContext(new NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
        .setIsMobile(true).setHasTouch(true).setLocale(locale)).newPage());
  }

  private static Page watched(Page page) {
    page.setDefaultTimeout(20_000);
    Deque<String> trail = new ArrayDeque<>();
    synchronized (TRAILS) {
      TRAILS.put(page, trail);
    }
    long start = System.nanoTime();
    Consumer<String> note = line -> {
      synchronized (trail) {
        trail.addLast(String.format("%6d ms %s", (System.nanoTime() - start) / 1_000_000, line));
        if (trail.size() > 40) {
          trail.removeFirst();
        }
      }
    };
    page.onConsoleMessage(m -> {
      if (!"log".equals(m.type()) && !"debug".equals(m.type())) {
        note.accept("console " + m.type() + ": " + m.text());
      }
    });
    page.onRequestFailed(r -> note.accept("failed " + r.method() + " " + r.url() + ": " + r.failure()));
    page.onResponse(r -> note.accept(r.status() + " " + r.request().method() + " " + r.url()));
    return page;
  }

  /**
   * What a page showed and went through, for a test that waited in vain: its address, its
   * text, its last requests and console errors; a screenshot goes to target/browser-failures.
   */
  static String describe(Page page, String name) {
    StringBuilder out = new StringBuilder("page ").append(page.url()).append('\n');
    try {
      Path folder = Files.createDirectories(Paths.get("target", "browser-failures"));
      page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
      Object text = page.evaluate("() => document.body ? document.body.innerText.slice(0, 600) : '(no body)'");
      out.append("text: ").append(text).append('\n');
    } catch (RuntimeException | IOException e) {
      out.append("(no screenshot or text: ").append(e.getMessage()).append(")\n");
    }
    Deque<String> trail;
    synchronized (TRAILS) {
      trail = TRAILS.get(page);
    }
    if (trail != null) {
      synchronized (trail) {
        trail.forEach(line -> out.append("  ").append(line).append('\n'));
      }
    }
    return out.toString();
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
