package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Locale;
import org.agora.app.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Communities in the browser: finding one and asking to join from its card, a pending request shown
 * as pending and withdrawn, an invitation accepted; ideas proposed, voted on and moved along; a
 * taken name refused in words; no member count where the reader may not see who is in it.
 */
class CommunitiesUiIT extends BrowserTest {

  private long community(Api owner, String name, String visibility) {
    return owner.post("api/v1/communities", "{\"name\":\"" + name + "\",\"description\":\"For the browser test\","
        + "\"visibility\":\"" + visibility + "\"}").json().getJsonNumber("id").longValue();
  }

  private Locator card(Page page, String name) {
    return page.locator(".community-card").filter(new Locator.FilterOptions().setHasText(name)).first();
  }

  @Test
  void aRequestToJoinIsPendingUntilWithdrawnAndAnInvitationIsAccepted() {
    String owner = colleague("Product Management", 0);
    String asker = colleague("Product Management", 1);
    String name = "Pricing Council " + System.nanoTime();
    long id = community(as(owner), name, "RESTRICTED");

    Page page = loggedIn(asker);
    page.navigate(url("communities"));
    page.locator("vaadin-tab:has-text('Discover')").click();
    page.locator("input[aria-label='Find a community by name or topic'], vaadin-text-field input").first().fill(name);
    assertThat(page.locator(".community-card")).hasCount(1); // the list has been filtered
    card(page, name).locator("vaadin-button:has-text('Ask to join')").click();
    assertThat(card(page, name)).containsText("your request to join is waiting for a moderator");
    card(page, name).locator("a").first().click();
    assertThat(page.locator(".community-facts")).containsText("your request to join is waiting");
    assertThat(page.locator(".community-facts")).not().containsText("you are");
    page.locator("vaadin-button:has-text('Withdraw request')").click();
    assertThat(page.locator("vaadin-button:has-text('Ask to join')")).isVisible();
    var seen = as(asker).get("api/v1/communities/" + id).json();
    assertThat(!seen.containsKey("myState") || seen.isNull("myState")).as("the request is gone").isTrue();

    long askerId = as(asker).get("api/v1/me").json().getJsonNumber("id").longValue();
    assertThat(as(owner).post("api/v1/communities/" + id + "/invitations", "{\"personId\":" + askerId + "}").status())
        .isBetween(200, 204);
    page.reload();
    assertThat(page.locator(".community-facts")).containsText("you are invited");
    page.locator("vaadin-button:has-text('Accept invitation')").click();
    assertThat(page.locator(".community-facts")).containsText("you are member");
    assertThat(page.locator("vaadin-button:has-text('Leave')")).isVisible();
    page.context().close();
  }

  @Test
  void anIdeaIsProposedVotedOnAndMovedAlong() {
    String owner = colleague("Customer Success", 2);
    String voter = colleague("Customer Success", 3);
    String name = "Onboarding Ideas " + System.nanoTime();
    long id = community(as(owner), name, "PUBLIC");
    assertThat(as(voter).put("api/v1/communities/" + id + "/membership", "{}").status()).isBetween(200, 204);
    String idea = "A buddy for every new customer " + System.nanoTime();

    Page page = loggedIn(voter);
    page.navigate(url("communities/" + id));
    page.locator("vaadin-tab:has-text('Ideas')").click();
    page.locator("vaadin-text-area.idea-text textarea").fill(idea);
    page.locator("vaadin-button:has-text('Propose')").click();
    Locator card = page.locator(".idea-card").filter(new Locator.FilterOptions().setHasText(idea));
    assertThat(card.locator(".idea-status")).hasText("new");
    card.locator("vaadin-button[aria-label^='▲']").click();
    assertThat(page.locator(".idea-card").filter(new Locator.FilterOptions().setHasText(idea)).locator(".idea-score")).hasText("1");
    page.context().close();

    Page moderator = loggedIn(owner);
    moderator.navigate(url("communities/" + id));
    moderator.locator("vaadin-tab:has-text('Ideas')").click();
    Locator owned = moderator.locator(".idea-card").filter(new Locator.FilterOptions().setHasText(idea));
    owned.locator("vaadin-select").click();
    moderator.locator("vaadin-select-item:has-text('planned')").click();
    assertThat(moderator.locator(".idea-card").filter(new Locator.FilterOptions().setHasText(idea)).locator(".idea-status"))
        .hasText("planned");
    Browser.screenshot(moderator, "ideas");
    moderator.context().close();
    assertThat(as(voter).get("api/v1/notifications?limit=10").body()).contains("IDEA_STATUS");
  }

  @Test
  void aNameTakenByASecretCommunityIsRefusedInWordsWithoutTellingItIsSecret() {
    String insider = colleague("Legal & Compliance", 0);
    String founder = colleague("Legal & Compliance", 1);
    String name = "Café Übernahme " + System.nanoTime();
    community(as(insider), name, "SECRET");

    Page page = loggedIn(founder, "de-DE", "h2:has-text('Startseite')");
    page.navigate(url("communities"));
    page.locator("vaadin-button:has-text('Community gründen')").click();
    Locator field = page.locator("vaadin-dialog vaadin-text-field").first();
    field.locator("input").fill(name.toUpperCase(Locale.ROOT).replace("É", "E").replace("Ü", "U"));
    page.locator("vaadin-dialog vaadin-button:text-is('Gründen')").click();
    assertThat(field).hasAttribute("invalid", "");
    assertThat(field.locator("[slot=error-message]")).hasText("Der Name ist schon vergeben. Bitte wähle etwas anderes.");
    // The same words as for any taken name: nothing says a secret community holds it.
    page.context().close();
  }

  @Test
  void aRestrictedCommunitysCardShowsNoMemberCountToOutsiders() {
    String owner = colleague("Legal & Compliance", 2);
    String outsider = colleague("Legal & Compliance", 3);
    String name = "Contract Templates " + System.nanoTime();
    community(as(owner), name, "RESTRICTED");

    Page page = loggedIn(outsider);
    page.navigate(url("communities"));
    page.locator("vaadin-tab:has-text('Discover')").click();
    page.locator("vaadin-text-field input").first().fill(name);
    assertThat(card(page, name)).containsText("restricted");
    assertThat(card(page, name)).not().containsText("member");
    page.context().close();

    Page mine = loggedIn(owner);
    mine.navigate(url("communities"));
    mine.locator("vaadin-text-field input").first().fill(name);
    assertThat(card(mine, name)).containsText("1 member");
    mine.context().close();
  }
}
