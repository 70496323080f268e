package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app on a phone (390 x 844): every view fits the width without sideways scrolling, and the
 * drawer holds what the app bar has no room for (my profile, notifications, Log out).
 */
class PhoneUiIT extends BrowserTest {

  /** Visible elements that reach past the right edge of the screen, as "tag.class text" lines. */
  private static final String CUT_OFF = """
      () => {
        const width = window.innerWidth;
        const out = [];
        for (const e of document.querySelectorAll('body *')) {
          const box = e.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || box.right <= width + 1) continue;
          const style = getComputedStyle(e);
          if (style.visibility === 'hidden' || style.position === 'fixed') continue;
          // Only what is not inside a box that scrolls or clips by design (a grid, a code block).
          let clipped = false;
          for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX;
            if ((o === 'auto' || o === 'scroll' || o === 'hidden') && p.getBoundingClientRect().right <= width + 1) {
              clipped = true; break;
            }
          }
          if (!clipped) out.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + (e.innerText || '').slice(0, 40));
        }
        return out.slice(0, 10);
      }""";

  private void fitsTheScreen(Page page, String view) {
    // Figures computed in the background (insights) arrive through push: wait until none is busy.
    page.waitForFunction("() => document.querySelectorAll('[aria-busy=true]').length === 0");
    page.waitForTimeout(500); // the view's last layout pass after its data arrived
    @SuppressWarnings("unchecked")
    List<String> cut = (List<String>) page.evaluate(CUT_OFF);
    if (!cut.isEmpty()) {
      Browser.screenshot(page, "phone-cut-" + view.replaceAll("[^a-z]+", "-"));
    }
    assertThat(cut).as("elements past the right edge on " + view).isEmpty();
    Object sideways = page.evaluate("() => document.scrollingElement.scrollWidth > window.innerWidth + 1");
    assertThat(sideways).as("the page scrolls sideways on " + view).isEqualTo(false);
  }

  @Test
  void theDrawerHoldsMyProfileTheLanguageAndLogOut() {
    String colleague = colleague("Finance", 0);
    long id = as(colleague).get("api/v1/me").json().getJsonNumber("id").longValue();
    as(colleague).patch("api/v1/people/" + id, "{\"uiLanguage\":\"\"}"); // the browser's language, as at the start
    Page page = loggedIn(browser.newPhonePage("en-US"), colleague, "h2:has-text('Home')");
    assertThat(page.locator(".bar-person")).isHidden();
    page.locator("vaadin-drawer-toggle").click();
    assertThat(page.locator(".drawer-person vaadin-button:has-text('Log out')")).isVisible();
    assertThat(page.locator(".drawer-person a[href^='people/']")).isVisible();
    Browser.screenshot(page, "phone-drawer");
    page.locator(".drawer-person vaadin-select").click();
    page.locator("vaadin-select-item:has-text('Deutsch')").click();
    assertThat(page.locator("h2:has-text('Startseite')")).isVisible();
    page.locator("vaadin-drawer-toggle").click();
    page.locator(".drawer-person vaadin-button:has-text('Abmelden')").click();
    assertThat(page.locator("vaadin-login-form")).isVisible();
    assertThat(as(colleague).get("api/v1/me").json().getString("uiLanguage", "")).isEqualTo("de");
    as(colleague).patch("api/v1/people/" + id, "{\"uiLanguage\":\"\"}");
    page.context().close();
  }

  @Test
  void everyViewFitsAPhone() {
    Page page = loggedIn(browser.newPhonePage("en-US"), "admin", "h2:has-text('Home')");
    assertThat(page.locator(".feed-card").first()).isVisible();
    assertThat(page.locator(".home-aside")).isHidden(); // the right-hand column is for wide screens
    fitsTheScreen(page, "home");
    Browser.screenshot(page, "phone-home");
    // The demo's Berlin office survey, answered by 14: its page and its results with their tables.
    long survey = jakarta.json.Json.createReader(new java.io.StringReader(as("admin").get("api/v1/surveys").body())).readArray()
        .getValuesAs(jakarta.json.JsonObject.class).stream().filter(s -> s.getString("title").startsWith("Berlin office pulse"))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
    for (String view : List.of("people", "communities", "bookmarks", "events", "experts?topic=kubernetes", "search?q=kubernetes",
        "notifications", "insights", "admin/users", "admin/departments", "surveys", "surveys/new", "surveys/" + survey,
        "surveys/" + survey + "/results")) {
      page.navigate(url(view));
      assertThat(page.locator("h2").first()).isVisible();
      fitsTheScreen(page, view);
    }
    page.context().close();
  }

  @Test
  void aGermanPhoneGetsTheSameLayoutInGerman() {
    Page page = loggedIn(browser.newPhonePage("de-DE"), colleague("Marketing", 4), "h2:has-text('Startseite')");
    assertThat(page.locator(".feed-card").first()).isVisible();
    fitsTheScreen(page, "home (de)");
    Browser.screenshot(page, "phone-home-de");
    page.locator("vaadin-drawer-toggle").click();
    assertThat(page.locator(".drawer-person vaadin-button:has-text('Abmelden')")).isVisible();
    page.context().close();
  }
}
