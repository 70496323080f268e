package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agora.app.testing.Colleagues;
import org.junit.jupiter.api.Test;

/**
 * Accessibility in the browser: axe-core (Deque's, run inside Chromium) on every view, failing on
 * any serious or critical violation of WCAG 2.1 A and AA; landmarks and the skip link; posting and
 * commenting with the keyboard alone.
 */
class AccessibilityUiIT extends BrowserTest {

  private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> FAILING = Set.of("serious", "critical");

  /** The serious and critical violations on the page as it is now, one line each. */
  private static List<String> violations(Page page) {
    List<String> found = new ArrayList<>();
    for (Rule rule : new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations()) {
      if (FAILING.contains(rule.getImpact())) {
        rule.getNodes().stream()
            .filter(node -> !insideVaadinTabs(rule, node.getTarget()))
            .limit(3).forEach(node ->
            found.add(rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " " + node.getFailureSummary()));
      }
    }
    return found;
  }

  /**
   * Vaadin's own tab strip (vaadin-tabs 25) keeps a focusable scroll box among its tabs, which
   * axe-core counts against the tablist role. That is inside the component, not in Agora's
   * markup; docs/accessibility.md lists it as a known gap. Nothing else is let through.
   */
  private static boolean insideVaadinTabs(Rule rule, Object target) {
    return "aria-required-children".equals(rule.getId()) && String.valueOf(target).contains("vaadin-tabs");
  }

  private void noSeriousViolations(Page page, String view) {
    page.waitForTimeout(400); // the view's data drawn
    assertThat(violations(page)).as("axe-core on " + view).isEmpty();
  }

  @Test
  void everyViewPassesAxeCore() throws Exception {
    Page page = browser.newPage();
    page.navigate(url(""));
    assertThat(page.locator("vaadin-login-form")).isVisible();
    noSeriousViolations(page, "login");
    page.close();
    page = loggedIn("admin");
    long post = as("admin").get("api/v1/feed/home?limit=20").json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject()).filter(i -> "POST".equals(i.getString("type"))).findFirst().orElseThrow()
        .getJsonNumber("id").longValue();
    long community = as("admin").get("api/v1/communities?limit=1").json().getJsonArray("items").getJsonObject(0)
        .getJsonNumber("id").longValue();
    long person = as("admin").get("api/v1/people?department=Design&limit=1").json().getJsonArray("items").getJsonObject(0)
        .getJsonNumber("id").longValue();
    long bookmark = as("admin").get("api/v1/bookmarks?limit=1").json().getJsonArray("items").getJsonObject(0)
        .getJsonNumber("id").longValue();
    long survey = answeredSurvey();
    long announcement = as("admin").post("api/v1/announcements", "{\"text\":\"Accessible **announcement**\",\"mustRead\":true,"
        + "\"pinnedUntil\":\"" + java.time.Instant.now().plusSeconds(600) + "\"}").json().getJsonNumber("id").longValue();
    page.reload();
    assertThat(page.locator(".announcement-card").first()).isVisible();
    assertThat(page.locator(".feed-card").first()).isVisible();
    noSeriousViolations(page, "home");
    for (String view : List.of("people", "people/" + person, "communities", "communities/" + community, "bookmarks", "events",
        "bookmarks/" + bookmark, "experts?topic=kubernetes", "search?q=kubernetes", "notifications", "posts/" + post,
        "insights", "moderation", "admin/users", "admin/departments", "admin/onboarding", "surveys/" + survey, "surveys/" + survey + "/results",
        "announcements/" + announcement)) {
      page.navigate(url(view));
      assertThat(page.locator("[role=main] h2").first()).isVisible();
      assertThat(page).hasTitle(java.util.regex.Pattern.compile(".+ · Agora"));
      noSeriousViolations(page, view);
    }
    page.navigate(url("events"));
    page.locator("vaadin-tab:has-text('Month')").click();
    assertThat(page.locator(".month-grid")).isVisible();
    noSeriousViolations(page, "events, month");
    page.context().close();
    AnnouncementsUiIT.unpin(announcement);
  }

  /**
   * A survey of Design with a scale, several choices and free text: its form checked as one of the
   * people asked sees it, then answered by five of them, so that its results are shown.
   */
  private long answeredSurvey() {
    Colleagues design = Colleagues.of(base, "Design");
    long department = as("admin").get("api/v1/surveys/audiences").json().getJsonArray("departments").stream()
        .map(d -> d.asJsonObject()).filter(d -> "Design".equals(d.getString("name"))).findFirst().orElseThrow()
        .getJsonNumber("id").longValue();
    long survey = as("admin").post("api/v1/surveys", "{\"title\":\"Design tools\",\"questions\":["
        + "{\"kind\":\"SCALE\",\"text\":\"How happy are you with them?\",\"lowLabel\":\"Not at all\",\"highLabel\":\"Very\"},"
        + "{\"kind\":\"CHOICE\",\"text\":\"Which do you use?\",\"options\":[\"Figma\",\"Sketch\"],\"multiple\":true},"
        + "{\"kind\":\"TEXT\",\"text\":\"What is missing?\"}],"
        + "\"audience\":{\"kind\":\"DEPARTMENTS\",\"departmentIds\":[" + department + "]},"
        + "\"closesAt\":\"" + java.time.OffsetDateTime.now().plusDays(7) + "\"}").json().getJsonNumber("id").longValue();
    Page asked = loggedIn(design.username(4));
    asked.navigate(url("surveys/" + survey));
    assertThat(asked.locator(".survey-form")).isVisible();
    noSeriousViolations(asked, "a survey's form");
    asked.context().close();
    for (int i = 0; i < 5; i++) {
      assertThat(design.as(i).post("api/v1/surveys/" + survey + "/responses", "{\"answers\":[{\"question\":1,\"scale\":"
          + (i + 1) + "},{\"question\":2,\"choices\":[1,2]},{\"question\":3,\"text\":\"Shared libraries\"}]}").status())
          .isEqualTo(201);
    }
    return survey;
  }

  @Test
  void theSkipLinkIsTheFirstStopAndLeadsIntoTheContent() {
    Page page = loggedIn("admin");
    assertThat(page.locator("[role=main]")).hasCount(1);
    page.keyboard().press("Tab");
    assertThat(page.locator("a.skip-link")).isFocused();
    assertThat(page.locator("a.skip-link")).isVisible();
    page.keyboard().press("Enter");
    assertThat(page.locator("[role=main]")).isFocused();
    page.context().close();
  }

  @Test
  void aPostAndACommentAreWrittenWithTheKeyboardAlone() {
    Page page = loggedIn(colleague("Finance", 1));
    String text = "Written without a mouse " + System.nanoTime();
    page.keyboard().press("Tab");
    page.keyboard().press("Enter"); // the skip link: straight to the content
    int stops = 0;
    while (!(Boolean) page.evaluate("() => !!document.activeElement && document.activeElement.closest('vaadin-text-area.composer') !== null")
        && stops++ < 10) {
      page.keyboard().press("Tab");
    }
    assertThat(stops).as("Tab stops from the content's start to the composer").isLessThan(4);
    page.keyboard().type(text);
    // "Post" becomes a Tab stop once the text has reached the server (a moment after typing stops).
    assertThat(page.locator("vaadin-button:text-is('Post')")).isEnabled();
    // Tab on to "Post" (past "Post to" when the colleague is in communities), then Enter.
    for (int tab = 0; tab < 4 && !(Boolean) page.evaluate(
        "() => document.activeElement?.closest('vaadin-button')?.innerText?.trim() === 'Post'"); tab++) {
      page.keyboard().press("Tab");
    }
    page.keyboard().press("Enter");
    var card = page.locator(".feed-list > .feed-card").first();
    assertThat(card).containsText(text);

    // "Write a comment" under the card is a button: Enter on it opens the reply field, focused.
    card.locator("button.reply-open").focus();
    page.keyboard().press("Enter");
    assertThat(card.locator("vaadin-text-area.reply textarea")).isFocused();
    page.keyboard().type("And a comment, also by keyboard");
    page.keyboard().press("Enter");
    assertThat(card.locator(".comment")).containsText("And a comment, also by keyboard");
    page.context().close();
  }
}
