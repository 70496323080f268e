package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.NewColleagues;
import org.agora.app.testing.NewColleagues.NewColleague;
import org.junit.jupiter.api.Test;

/**
 * Onboarding in the browser: a new colleague finds the welcome checklist on home, follows the
 * link of a step, joins the community it leads to and comes back to find the step ticked; the
 * admin gives them a buddy on the onboarding page, whose name then shows on the checklist and who
 * sees them under "Your newcomers"; the checklist in German on a phone.
 */
class OnboardingUiIT extends BrowserTest {

  private static final String DEPARTMENT = "Customer Success";

  @Test
  void aNewColleagueTicksOffAStepAndTheAdminAssignsABuddy() {
    Colleagues team = Colleagues.of(base, DEPARTMENT);
    String communityName = "Customer Success Corner " + System.nanoTime();
    long community = as("admin").post("api/v1/communities", "{\"name\":\"" + communityName + "\",\"visibility\":\"PUBLIC\"}")
        .json().getJsonNumber("id").longValue();
    long department = team.json(0).getJsonObject("department").getJsonNumber("id").longValue();
    assertThat(as("admin").put("api/v1/admin/onboarding", "{\"departments\":[{\"departmentId\":" + department
        + ",\"communityId\":" + community + "}]}").status()).isEqualTo(200);
    NewColleague theo = NewColleagues.join(base, DEPARTMENT, "Theo Newman");

    // Home greets the newcomer with the checklist; the communities step leads to the community.
    Page page = loggedIn(theo.username());
    Locator card = page.locator(".welcome-card");
    assertThat(card.locator("h3")).hasText("Welcome to Agora");
    assertThat(card).containsText("0 of 4 steps done");
    Locator step = card.locator(".welcome-step-communities");
    assertThat(step).hasClass(Pattern.compile(".*step-todo.*"));
    step.locator("a:has-text(\"Join your department's community\")").click();
    assertThat(page).hasURL(Pattern.compile(".*/communities/" + community + "$"));
    page.locator("vaadin-button:text-is('Join')").click();
    assertThat(page.locator("vaadin-button:text-is('Leave')")).isVisible();

    // Back home the step is ticked.
    page.locator("vaadin-side-nav-item:has-text('Home')").click();
    assertThat(card.locator(".welcome-step-communities")).hasClass(Pattern.compile(".*step-done.*"));
    assertThat(card.locator(".welcome-step-communities")).containsText("Done");
    assertThat(card).containsText("1 of 4 steps done");

    // The admin gives Theo a buddy on the onboarding page.
    String buddyName = team.json(1).getString("displayName");
    Page admin = loggedIn("admin");
    admin.locator("vaadin-side-nav-item:has-text('Onboarding')").click();
    assertThat(admin).hasURL(Pattern.compile(".*/admin/onboarding$"));
    Locator row = admin.locator(".onboarding-newcomer").filter(new Locator.FilterOptions().setHasText("Theo Newman"));
    row.locator("vaadin-combo-box.buddy-picker input").pressSequentially(buddyName.substring(0, 5),
        new Locator.PressSequentiallyOptions().setDelay(30));
    admin.locator("vaadin-combo-box-item:has-text('" + buddyName + "') >> visible=true").first().click();
    row.locator("vaadin-button:has-text('Assign')").click();
    assertThat(admin.locator("vaadin-notification-card")).containsText("Buddy assigned");
    admin.context().close();

    // The checklist names the buddy, with a link to their profile and a step to meet them.
    page.reload();
    assertThat(card.locator(".welcome-buddy a")).hasText(buddyName);
    assertThat(card.locator(".welcome-buddy a")).hasAttribute("href", "people/" + team.id(1));
    assertThat(card.locator(".welcome-step-buddy")).containsText("Meet your buddy " + buddyName);
    page.context().close();

    // The buddy finds Theo under "Your newcomers" on home.
    Page buddy = loggedIn(team.username(1));
    assertThat(buddy.locator(".your-newcomers")).containsText("Your newcomers");
    assertThat(buddy.locator(".your-newcomers .newcomer")).containsText("Theo Newman");
    buddy.context().close();

    // In German on a phone: the checklist fits the screen.
    Page phone = loggedIn(browser.newPhonePage("de-DE"), theo.username(), "h2:has-text('Startseite')");
    Locator german = phone.locator(".welcome-card");
    assertThat(german.locator("h3")).hasText("Willkommen bei Agora");
    assertThat(german).containsText("1 von 5 Schritten erledigt");
    assertThat(german.locator(".welcome-step-communities")).containsText("Erledigt");
    var box = german.boundingBox();
    assertThat(box.x + box.width).as("the checklist fits the phone's width").isLessThanOrEqualTo(390);
    assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
    Browser.screenshot(phone, "onboarding-de-phone");
    phone.context().close();
  }
}
