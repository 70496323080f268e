package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;
import org.agora.app.testing.NewColleagues;
import org.agora.app.testing.Zips;
import org.junit.jupiter.api.Test;

/**
 * Personal data in the browser: a colleague prepares their data export on "My data", watches it
 * being made and downloads the ZIP with their post; an admin erases a colleague in the users view
 * with a reason, and the name is gone. "My data" in German on a phone.
 */
class PrivacyUiIT extends BrowserTest {

  @Test
  void aColleagueDownloadsTheirDataAndItHoldsTheirPost() throws IOException {
    NewColleagues.NewColleague paula = NewColleagues.join(base, "Finance", "Paula Portable " + System.nanoTime());
    Page page = loggedIn(paula.username());
    String text = "My first words " + paula.id();
    assertThat(paula.api().post("api/v1/posts", "{\"text\":\"" + text + "\"}").status()).isEqualTo(201);

    page.locator(".bar-person a.my-data-link").click();
    assertThat(page).hasURL(Pattern.compile(".*/me/data$"));
    assertThat(page.locator("h2:has-text('My data')")).isVisible();
    assertThat(page.locator("#export-state")).hasText("You have not asked for an export yet.");
    assertThat(page.locator("#export-download")).isHidden();
    page.locator("#prepare-export").click();
    assertThat(page.locator("#export-download")).isVisible();
    assertThat(page.locator("#export-state")).containsText("Your export is ready.");
    assertThat(page.locator("#prepare-export")).isEnabled();

    Download download = page.waitForDownload(() -> page.locator("#export-download").click());
    assertThat(download.suggestedFilename()).matches("agora-my-data-\\d{4}-\\d\\d-\\d\\d\\.zip");
    Map<String, String> files = Zips.unzip(Files.readAllBytes(download.path()));
    assertThat(files.get("activity/posts.json")).contains(text);
    assertThat(files).containsKey("README.txt");

    page.locator("#prepare-export").click();
    assertThat(page.locator("#export-state")).containsText("less than an hour ago");
    page.context().close();
  }

  @Test
  void anAdminErasesAColleagueWithAReasonAndTheNameIsGone() {
    String name = "Eddie Erasable " + System.nanoTime();
    NewColleagues.NewColleague eddie = NewColleagues.join(base, "Finance", name);
    Page admin = loggedIn("admin");
    admin.navigate(url("admin/users"));
    admin.locator("vaadin-text-field:has-text('Name') input").fill(name);
    assertThat(admin.locator("vaadin-grid")).containsText(name);
    admin.locator("vaadin-button[aria-label='Erase the personal data of " + name + "'] >> visible=true").click();
    assertThat(admin.locator("vaadin-dialog")).containsText("This cannot be undone.");
    admin.locator("#erasure-confirm").click();
    assertThat(admin.locator("#erasure-reason")).hasAttribute("invalid", "");
    admin.locator("#erasure-reason textarea").fill("Asked for erasure on leaving, ticket 815");
    admin.locator("#erasure-confirm").click();
    assertThat(admin.locator("vaadin-notification-card")).containsText("The personal data was erased.");
    assertThat(as("admin").get("api/v1/people/" + eddie.id()).body()).contains("Former colleague").doesNotContain(name);
    // The grid keeps hidden rows' old text in the DOM: what counts is what a person sees.
    Locator shown = admin.locator("vaadin-grid-cell-content:visible");
    assertThat(shown.filter(new Locator.FilterOptions().setHasText(name))).hasCount(0);
    assertThat(admin.getByText("Nobody matches these filters.")).isVisible();
    admin.locator("vaadin-text-field:has-text('Name') input").fill("Former colleague");
    assertThat(shown.filter(new Locator.FilterOptions().setHasText("erased-" + eddie.id()))).hasCount(1);
    assertThat(shown.filter(new Locator.FilterOptions().setHasText(name))).hasCount(0);
    admin.context().close();
  }

  @Test
  void myDataInGermanOnAPhone() {
    NewColleagues.NewColleague jonas = NewColleagues.join(base, "Finance", "Jonas Mobil " + System.nanoTime());
    Page phone = loggedIn(browser.newPhonePage("de-DE"), jonas.username(), "h2:has-text('Startseite')");
    phone.navigate(url("me/data"));
    assertThat(phone.locator("h2:has-text('Meine Daten')")).isVisible();
    assertThat(phone.locator("#export-state")).hasText("Du hast noch keinen Export angefordert.");
    phone.locator("vaadin-button:text-is('Datenexport vorbereiten')").click();
    assertThat(phone.locator("#export-download")).hasText("Meine Daten herunterladen (ZIP)");
    assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
    Browser.screenshot(phone, "my-data-de-phone");
    phone.context().close();
  }
}
