package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.regex.Pattern;
import org.agora.app.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Announcements in the browser: an admin posts a must-read one from home by clicking and typing;
 * it appears above an open colleague's feed without a reload; the colleague confirms "Read and
 * understood" and it is gone; a German colleague on a phone sees it fit the screen; the admin
 * follows the card to its reach page and reads one confirmation.
 */
class AnnouncementsUiIT extends BrowserTest {

  @Test
  void anAdminAnnouncesAColleagueConfirmsAndTheReachCountsIt() throws Exception {
    String text = "The office is closed on Friday " + System.nanoTime();
    String colleagueName = colleague("Finance", 2);
    Page colleague = loggedIn(colleagueName);
    Page admin = loggedIn("admin");
    admin.locator("vaadin-button:has-text('Post an announcement')").click();
    Locator dialog = admin.locator("vaadin-dialog");
    dialog.locator("vaadin-text-area textarea").fill(text);
    dialog.locator("vaadin-checkbox.announcement-must-read").click();
    assertThat(dialog.locator("vaadin-date-picker input")).not().hasValue("");
    dialog.locator("vaadin-button:text-is('Post announcement')").click();
    Locator mine = admin.locator(".announcement-card").filter(new Locator.FilterOptions().setHasText(text));
    assertThat(mine).isVisible();
    long id = Long.parseLong(mine.getAttribute("data-announcement"));
    try {
      // The colleague's open home page gets it by push, above the feed, and confirms it.
      Locator card = colleague.locator(".announcement-card").filter(new Locator.FilterOptions().setHasText(text));
      assertThat(card).isVisible();
      assertThat(card).containsText("please confirm you read it");
      if (colleague.locator(".feed-card").count() > 0) {
        assertThat(card.boundingBox().y).as("above the feed")
            .isLessThan(colleague.locator(".feed-card").first().boundingBox().y);
      }
      card.locator("vaadin-button:has-text('Read and understood')").click();
      assertThat(card).hasCount(0);
      assertThat(as(colleagueName).get("api/v1/announcements/" + id).json().getBoolean("confirmed")).isTrue();
      colleague.reload();
      assertThat(colleague.locator("h2:has-text('Home')")).isVisible();
      assertThat(colleague.locator(".announcement-card").filter(new Locator.FilterOptions().setHasText(text))).hasCount(0);
      colleague.context().close();

      // In German, on a phone: the same card, nothing wider than the screen.
      Page phone = loggedIn(browser.newPhonePage("de-DE"), colleague("Finance", 3), "h2:has-text('Startseite')");
      Locator german = phone.locator(".announcement-card").filter(new Locator.FilterOptions().setHasText(text));
      assertThat(german).containsText("Ankündigung");
      assertThat(german.locator("vaadin-button.announcement-confirm")).hasText("Gelesen und verstanden");
      assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
      Browser.screenshot(phone, "announcement-de-phone");
      phone.context().close();

      // The admin follows the card to its reach: one of the audience confirmed.
      mine.locator("a:has-text('See whom it reached')").click();
      assertThat(admin).hasURL(Pattern.compile(".*/announcements/" + id + "$"));
      assertThat(admin.locator(".reach-confirmed")).hasText(Pattern.compile("^1 of \\d+ confirmed$"));
      assertThat(admin.locator(".reach-seen")).hasText(Pattern.compile("^2 of \\d+ have seen it$"));
      assertThat(admin.locator("table.reach-by-department tbody tr").first()).isVisible();
      assertThat(admin.locator(".reach-csv")).hasCount(0);
      admin.context().close();
    } finally {
      unpin(id);
    }
  }

  /** Other tests' home pages stay as they were. */
  static void unpin(long id) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement s = db.prepareStatement("update announcement set pinned_until = now() where id = ?")) {
      s.setLong(1, id);
      s.executeUpdate();
    }
  }
}
