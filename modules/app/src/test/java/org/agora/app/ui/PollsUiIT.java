package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Polls in the browser: a colleague adds one to a post from home, another votes on the post's page,
 * the author's open page follows at once, a named vote is changed and its voters listed; an
 * anonymous poll of several answers in German on a phone, whose vote is final.
 */
class PollsUiIT extends BrowserTest {

  private Locator card(Page page, String text) {
    return page.locator(".feed-card").filter(new Locator.FilterOptions().setHasText(text)).first();
  }

  @Test
  void aPollIsAddedVotedOnAndItsResultsFollowOnOpenPages() {
    String author = colleague("Engineering", 3);
    String voter = colleague("Engineering", 4);
    String question = "Which day suits the retro? " + System.nanoTime();

    Page page = loggedIn(author);
    page.locator("vaadin-text-area.composer textarea").fill(question);
    page.locator(".poll-editor vaadin-button:has-text('Add a poll')").click();
    page.locator(".poll-editor vaadin-text-field:has-text('Answer 1') input").fill("Tuesday");
    page.locator(".poll-editor vaadin-text-field:has-text('Answer 2') input").fill("Thursday");
    page.locator(".poll-editor vaadin-button:has-text('Add an answer')").click();
    page.locator(".poll-editor vaadin-text-field:has-text('Answer 3') input").fill("Friday");
    page.locator("vaadin-button:text-is('Post')").click();
    Locator mine = card(page, question);
    assertThat(mine.locator(".poll vaadin-radio-button")).hasCount(3);
    assertThat(mine.locator(".poll-status")).containsText("No votes yet · named");
    assertThat(page.locator(".poll-editor vaadin-text-field").first()).isHidden(); // the editor closed with the post

    // The voter follows the card's link (as from a notification or a mail) to the post's page.
    String link = mine.locator("a.feed-time").getAttribute("href");
    Page other = loggedIn(voter);
    other.navigate(url(link));
    Locator card = other.locator(".post-view .feed-card").first();
    card.locator(".poll vaadin-radio-button:has-text('Thursday')").click();
    card.locator(".poll vaadin-button:text-is('Vote')").click();
    assertThat(card.locator(".poll-result").nth(1)).containsText("Thursday ✓ (your vote)");
    assertThat(card.locator(".poll-result").nth(1)).containsText("1 vote · 100 %");
    assertThat(card.locator(".poll-status")).containsText("1 person voted");

    // The author's page, open all along, shows the vote without a reload.
    assertThat(mine.locator(".poll-status")).containsText("1 person voted");

    card.locator(".poll vaadin-button:has-text('Change my vote')").click();
    card.locator(".poll vaadin-radio-button:has-text('Friday')").click();
    card.locator(".poll vaadin-button:text-is('Vote')").click();
    assertThat(card.locator(".poll-result").nth(2)).containsText("Friday ✓ (your vote)");
    assertThat(card.locator(".poll-result").nth(1)).containsText("0 votes · 0 %");
    card.locator(".poll vaadin-button:has-text('Who voted')").click();
    Locator dialog = other.locator("vaadin-dialog");
    assertThat(dialog).containsText("Friday (1)");
    assertThat(dialog.locator("a[href^='people/']")).hasCount(1);
    Browser.screenshot(other, "poll-voted");
    other.context().close();
    page.context().close();

    // Shared, the poll comes along, and a colleague votes where they see it.
    String sharer = colleague("Engineering", 5);
    long share = as(sharer).post("api/v1/" + link + "/shares", "{\"text\":\"Vote here too\"}").json().getJsonNumber("id").longValue();
    Page sharing = loggedIn(sharer);
    sharing.navigate(url("posts/" + share));
    Locator original = sharing.locator(".post-view .feed-card .feed-card").first();
    assertThat(original.locator(".poll-status")).containsText("1 person voted");
    original.locator(".poll vaadin-radio-button:has-text('Tuesday')").click();
    original.locator(".poll vaadin-button:text-is('Vote')").click();
    assertThat(original.locator(".poll-status")).containsText("2 people voted");
    sharing.context().close();
  }

  @Test
  void anAnonymousPollWithSeveralAnswersInGermanOnAPhoneTakesOneFinalVote() {
    String author = colleague("Sales", 3);
    String voter = colleague("Sales", 4);
    String question = "Welche Tage passen dir für das Teamfrühstück? " + System.nanoTime();
    long post = as(author).post("api/v1/posts", "{\"text\":\"" + question
        + "\",\"poll\":{\"options\":[\"Montag\",\"Mittwoch\",\"Freitag\"],\"anonymous\":true,\"multiple\":true}}")
        .json().getJsonNumber("id").longValue();

    Page phone = loggedIn(browser.newPhonePage("de-DE"), voter, "h2:has-text('Startseite')");
    phone.navigate(url("posts/" + post));
    Locator card = phone.locator(".post-view .feed-card").first();
    assertThat(card.locator(".poll")).containsText("Wähle eine oder mehrere Antworten");
    assertThat(card.locator(".poll-status")).containsText("Noch keine Stimmen · anonym");
    card.locator(".poll vaadin-checkbox:has-text('Montag') input").check();
    card.locator(".poll vaadin-checkbox:has-text('Freitag') input").check();
    card.locator(".poll vaadin-button:text-is('Abstimmen')").click();
    assertThat(card.locator(".poll-result").nth(0)).containsText("1 Stimme · 100 %");
    assertThat(card.locator(".poll-result").nth(1)).containsText("0 Stimmen · 0 %");
    assertThat(card.locator(".poll-result").nth(2)).containsText("1 Stimme · 100 %");
    assertThat(card.locator(".poll-status")).containsText("1 Person hat abgestimmt · anonym · Du hast abgestimmt");
    // Nothing records what was chosen: no "your vote" mark, nothing to change or withdraw.
    assertThat(card.locator(".poll")).not().containsText("deine Stimme");
    assertThat(card.locator(".poll vaadin-button:has-text('ändern')")).hasCount(0);
    assertThat(card.locator(".poll vaadin-button:has-text('Wer hat abgestimmt')")).hasCount(0);
    var box = card.locator(".poll").boundingBox();
    assertThat(box.x + box.width).as("the poll fits the phone's width").isLessThanOrEqualTo(390);
    Browser.screenshot(phone, "poll-anonymous-de-phone");

    // A German refusal, not the service's English: the form gets the poll without answers.
    phone.navigate(url(""));
    phone.locator("vaadin-text-area.composer textarea").fill("Umfrage ohne Antworten");
    phone.locator(".poll-editor vaadin-button:has-text('Umfrage hinzufügen')").click();
    phone.locator("vaadin-button:text-is('Veröffentlichen')").click();
    assertThat(phone.getByText("Eine Umfrage braucht 2 bis 10 verschiedene Antworten.")).isVisible();
    assertThat(phone.getByText(Pattern.compile("between 2 and 10"))).hasCount(0);
    phone.context().close();
  }
}
