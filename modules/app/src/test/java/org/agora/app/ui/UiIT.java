package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A colleague's first visit, in a real browser: sign in, look around the directory, sign out. */
class UiIT {

  private static final String ADMIN = "admin";
  private static final String PASSWORD = "agora-demo";

  private static String base;
  private static Browser browser;

  @BeforeAll
  static void openBrowser() {
    assumeTrue(
        AgoraUnderTest.baseUrl().isPresent(),
        "no Agora to test: set -D" + AgoraUnderTest.URL_PROPERTY + "=http://host:port/");
    base = AgoraUnderTest.baseUrl().orElseThrow();
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aWrongPasswordIsTurnedAwayWithAClearMessage() {
    Page page = browser.newPage();
    page.navigate(base + "login");
    assertThat(loginButton(page)).isVisible();
    Browser.screenshot(page, "login");

    submitLogin(page, ADMIN, "not-the-password");

    assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
    assertThat(page.getByText("Wrong username or password")).isVisible();
    Browser.screenshot(page, "login-error");
  }

  @Test
  void strangersAreSentToTheLoginPage() {
    Page page = browser.newPage();
    page.navigate(base + "people");

    assertThat(page).hasURL(Pattern.compile(".*/login$"));
    assertThat(loginButton(page)).isVisible();
  }

  @Test
  void aColleagueSignsInBrowsesTheDirectoryAndSignsOut() {
    Page page = browser.newPage();
    page.navigate(base + "login");

    long submitted = System.nanoTime();
    submitLogin(page, ADMIN, PASSWORD);
    assertThat(welcome(page)).isVisible();
    System.out.printf(
        "login submit -> home interactive: %d ms%n", (System.nanoTime() - submitted) / 1_000_000);
    assertThat(page.getByText("People in your department")).isVisible();
    Browser.screenshot(page, "home");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true))
        .click();
    assertThat(page).hasURL(Pattern.compile(".*/people$"));
    Locator grid = page.locator("vaadin-grid");
    assertThat(grid).isVisible();
    List<String> engineers = namesInDepartment(page, "Engineering");
    assertThat(page.locator("vaadin-grid-cell-content").getByText(engineers.get(0))).isVisible();
    int everyone = gridSize(grid);

    page.locator("vaadin-combo-box").getByRole(AriaRole.COMBOBOX).fill("Engineering");
    page.getByRole(
            AriaRole.OPTION, new Page.GetByRoleOptions().setName("Engineering").setExact(true))
        .click();
    page.waitForCondition(() -> gridSize(grid) == engineers.size());
    assertThat(everyone).isGreaterThan(engineers.size());
    Browser.screenshot(page, "people");

    String someone = engineers.get(engineers.size() - 1);
    // The grid recycles its cells: rows from before the filter may linger hidden.
    page.locator("vaadin-grid-cell-content")
        .getByText(someone, new Locator.GetByTextOptions().setExact(true))
        .filter(new Locator.FilterOptions().setVisible(true))
        .click();
    assertThat(page).hasURL(Pattern.compile(".*/people/\\d+$"));
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(someone)))
        .isVisible();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Skills")))
        .isVisible();
    Browser.screenshot(page, "profile");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
    assertThat(page).hasURL(Pattern.compile(".*/login$"));
    page.navigate(base);
    assertThat(page).hasURL(Pattern.compile(".*/login$"));
  }

  @Test
  void signedInColleaguesSeeReadableMessagesInsteadOfEmptyPages() {
    Page page = browser.newPage();
    page.navigate(base + "login");
    submitLogin(page, ADMIN, PASSWORD);
    assertThat(welcome(page)).isVisible();

    page.navigate(base + "login");
    assertThat(welcome(page)).isVisible();
    assertThat(page).hasURL(Pattern.compile(".*/$"));

    page.navigate(base + "people");
    assertThat(page.locator("vaadin-grid")).isVisible();
    page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Skill"))
        .fill("underwater basket weaving");
    assertThat(page.getByText("No one matches these filters.")).isVisible();
    assertThat(page.locator("vaadin-grid")).isHidden();

    page.navigate(base + "people/987654321");
    assertThat(page.getByText("There is no one with this id in the directory.")).isVisible();
  }

  private static Locator welcome(Page page) {
    return page.getByRole(
        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Agora Admin"));
  }

  private static void submitLogin(Page page, String username, String password) {
    page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
        .fill(username);
    page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
        .fill(password);
    loginButton(page).click();
  }

  private static Locator loginButton(Page page) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"));
  }

  /** The web component's row count; it is exact once the last page has been read. */
  private static int gridSize(Locator grid) {
    return ((Number) grid.evaluate("g => g.size")).intValue();
  }

  /** What the REST API says, to compare the UI against. */
  private static List<String> namesInDepartment(Page page, String department) {
    String basic =
        Base64.getEncoder()
            .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    String body =
        page.context()
            .request()
            .get(
                base + "api/v1/people",
                RequestOptions.create()
                    .setQueryParam("department", department)
                    .setQueryParam("limit", 100)
                    .setHeader("Authorization", "Basic " + basic))
            .text();
    JsonObject json = Json.createReader(new StringReader(body)).readObject();
    return json.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("displayName"))
        .toList();
  }
}
