package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.agora.app.testing.Api;
import org.agora.app.testing.SharedNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test class shares: the deployed app, one Chromium for the class, and
 * signing in through the login form as a person does.
 */
@SharedNode
abstract class BrowserTest {

  @SharedNode.Base URL base;

  static Browser browser;

  @BeforeAll
  static void start() {
    browser = new Browser();
    // On a busy machine a page can take longer than the 5 s default to appear; actions wait 20 s too.
    com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
  }

  @BeforeEach
  void adminAcceptedThePolicy() {
    Api.anonymous(base).as("admin", "agora-demo").post("api/v1/me/policy", "{}");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  String url(String path) {
    return Api.baseUri(base).resolve(path).toString();
  }

  Api as(String username) {
    return Api.anonymous(base).as(username, "agora-demo");
  }

  /** Logs in through the form; the usage policy is accepted through the API first (its own test shows the page). */
  Page loggedIn(String username) {
    return loggedIn(username, "en-US", "h2:has-text('Home')");
  }

  Page loggedIn(String username, String locale, String homeHeading) {
    return loggedIn(browser.newPage(locale), username, homeHeading);
  }

  Page loggedIn(Page page, String username, String homeHeading) {
    as(username).post("api/v1/me/policy", "{}");
    page.navigate(url(""));
    Locator name = page.locator("vaadin-login-form input[name=username]");
    try {
      name.waitFor();
    } catch (TimeoutError e) {
      // Seen once in CI (not reproduced since, under load either): the login form did not appear
      // in 20 s. Print what the page went through, then try once more as a person would: reload.
      System.err.println("The login form did not appear in 20 s, reloading once. " + Browser.describe(page, "login-form"));
      page.reload();
      name.waitFor();
    }
    name.fill(username);
    page.locator("vaadin-login-form input[name=password]").fill("agora-demo");
    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    assertThat(page.locator(homeHeading)).isVisible();
    return page;
  }

  /** The username of the {@code index}th person of a demo department. */
  String colleague(String department, int index) {
    return as("admin").get("api/v1/people?department=" + URLEncoder.encode(department, StandardCharsets.UTF_8) + "&limit=10")
        .json().getJsonArray("items").getJsonObject(index).getString("username");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
