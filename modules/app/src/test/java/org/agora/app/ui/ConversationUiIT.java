package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.agora.app.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Conversations in the browser, as a colleague has them: reading and answering a thread on its
 * card, counts that follow at once, a post's own page and a comment's link, notifications that
 * lead there, questions with an accepted answer, plurals in English and German.
 */
class ConversationUiIT extends BrowserTest {

  private long post(Api author, String text, boolean question) {
    return author.post("api/v1/posts", "{\"text\":\"" + text + "\",\"question\":" + question + "}")
        .json().getJsonNumber("id").longValue();
  }

  private long comment(Api author, long post, String text) {
    return author.post("api/v1/posts/" + post + "/comments", "{\"text\":\"" + text + "\"}").json().getJsonNumber("id").longValue();
  }

  private Locator card(Page page, String text) {
    return page.locator(".feed-list > .feed-card").filter(new Locator.FilterOptions().setHasText(text)).first();
  }

  @Test
  void aThreadIsReadAndAnsweredOnItsCard() {
    String author = colleague("Marketing", 0);
    String nonce = "Thread on the card " + System.nanoTime();
    long post = post(as(author), nonce, false);
    comment(as(colleague("Marketing", 1)), post, "First reply " + nonce);
    comment(as(colleague("Marketing", 2)), post, "Second reply " + nonce);
    comment(as(colleague("Marketing", 3)), post, "Third reply " + nonce);

    Page page = loggedIn(author);
    Locator card = card(page, nonce);
    assertThat(card.locator(".feed-counts")).containsText("3 comments");
    assertThat(card.locator(".comment")).hasCount(2);
    assertThat(card.getByText("Third reply")).isVisible();
    assertThat(card.getByText("First reply")).hasCount(0);
    card.locator("vaadin-button.show-all-comments").click();
    assertThat(card.getByText("First reply")).isVisible();
    assertThat(card.locator(".comment")).hasCount(3);

    // Comment: the button leads into the reply field; Enter sends, Shift+Enter breaks the line.
    card.locator("vaadin-button:text-is('Comment')").click();
    Locator reply = card.locator("vaadin-text-area.reply textarea");
    assertThat(reply).isFocused();
    reply.pressSequentially("My own answer");
    reply.press("Shift+Enter");
    reply.pressSequentially("on two lines");
    reply.press("Enter");
    assertThat(card.locator(".comment").last()).containsText("My own answer");
    assertThat(card.locator(".comment").last()).containsText("on two lines");
    assertThat(reply).hasValue("");
    assertThat(card.locator(".feed-counts")).containsText("4 comments");

    card.locator("vaadin-button:has-text('Like')").click();
    assertThat(card.locator(".feed-counts")).containsText("1 reaction ·");
    Browser.screenshot(page, "thread");

    page.reload();
    card = card(page, nonce);
    assertThat(card.locator(".feed-counts")).containsText("1 reaction · 4 comments · 0 shares");
    assertThat(card.locator(".comment").last()).containsText("My own answer");
    assertThat(card.locator("vaadin-button.show-all-comments")).containsText("Show all 4 comments");
    page.context().close();
  }

  @Test
  void aNotificationLeadsToThePostAndACommentLinkToTheComment() {
    String author = colleague("Design", 0);
    String replier = colleague("Design", 1);
    as(author).post("api/v1/notifications/read-all", "{}");
    String nonce = "Permalink " + System.nanoTime();
    long post = post(as(author), "Where is the brand book? " + nonce, false);
    long answer = comment(as(replier), post, "In the Design community, pinned. " + nonce);

    Page page = loggedIn(author);
    page.locator("vaadin-button[aria-label*='unread']").click();
    Locator line = page.locator("vaadin-dialog .notification-line").filter(new Locator.FilterOptions().setHasText("commented on your post")).first();
    assertThat(line).containsText("In the Design community, pinned.");
    assertThat(line).containsText(Pattern.compile("just now|minutes? ago"));
    line.click();
    assertThat(page).hasURL(Pattern.compile(".*/posts/" + answer + "$"));
    assertThat(page.locator(".post-view .feed-card").first()).containsText("Where is the brand book? " + nonce);
    assertThat(page.locator(".post-view .comment")).containsText("In the Design community, pinned.");
    assertThat(page.locator("vaadin-button[aria-label='Notifications']")).isVisible();

    // The time on a comment is its link: the post opens, scrolled to that comment, which has focus.
    assertThat(page.locator("#comment-" + answer)).isFocused();
    page.navigate(url("posts/" + post));
    page.locator("#comment-" + answer + " a.comment-time").click();
    assertThat(page).hasURL(Pattern.compile(".*/posts/" + answer + "$"));
    assertThat(page.locator("#comment-" + answer)).isFocused();
    assertThat(page).hasTitle(Pattern.compile("Post by .*"));

    // From the home feed, the time of a card opens the post's page.
    page.navigate(url(""));
    card(page, nonce).locator("a.feed-time").click();
    assertThat(page).hasURL(Pattern.compile(".*/posts/" + post + "$"));
    page.navigate(url("posts/999999999"));
    assertThat(page.getByText("This post does not exist or you may not see it.").first()).isVisible();
    page.context().close();
  }

  /**
   * A post opened by its address (a link in a mail) can be read before the app's scripts have run:
   * the page's HTML carries it, in the reader's language, only for a reader who may see it. Once
   * the scripts have drawn the page, the app's own view is all that is left.
   */
  @Test
  void aPostOpenedByItsAddressCanBeReadBeforeTheScriptsRun() {
    String nonce = "Read before the scripts " + System.nanoTime();
    long post = post(as(colleague("Sales", 0)), "Visit report from Hamburg. " + nonce, false);
    long reply = comment(as(colleague("Sales", 1)), post, "Thanks, useful. " + nonce);

    Page page = loggedIn(colleague("Sales", 2), "de-DE", "h2:has-text('Startseite')");
    Page noScripts = browser.withoutScripts(page, "de-DE");
    noScripts.navigate(url("posts/" + reply));
    Locator copy = noScripts.locator(".first-paint");
    assertThat(copy.locator("h2")).containsText("Beitrag von");
    assertThat(copy.locator("[role=article]").first()).containsText("Visit report from Hamburg. " + nonce);
    assertThat(copy).containsText("Thanks, useful. " + nonce);
    assertThat(copy.locator("[id], vaadin-button, vaadin-text-area, textarea")).hasCount(0);
    noScripts.context().close();

    // On a phone the copy fits the screen: nothing reaches past its right edge.
    Page phone = browser.phoneWithoutScripts(page, "de-DE");
    phone.navigate(url("posts/" + reply));
    Locator card = phone.locator(".first-paint [role=article]").first();
    assertThat(card).containsText("Visit report from Hamburg. " + nonce);
    var box = card.boundingBox();
    assertThat(box.x).isGreaterThanOrEqualTo(0);
    assertThat(box.x + box.width).isLessThanOrEqualTo(390);
    phone.context().close();

    Page signedOut = browser.newPage();
    Page stranger = browser.withoutScripts(signedOut, "en-US");
    stranger.navigate(url("posts/" + post));
    assertThat(stranger.locator("body")).not().containsText(nonce);
    stranger.context().close();
    signedOut.context().close();

    page.navigate(url("posts/" + reply));
    assertThat(page.locator(".post-view .feed-card").first()).containsText("Visit report from Hamburg. " + nonce);
    assertThat(page.locator("#comment-" + reply)).isFocused();
    assertThat(page.locator(".first-paint")).hasCount(0);
    page.context().close();
  }

  @Test
  void theAskerAcceptsAnAnswerAndEveryoneSeesItMarked() {
    String asker = colleague("Engineering", 0);
    String nonce = "Question " + System.nanoTime();
    long question = post(as(asker), "Which JDK do we build with? " + nonce, true);
    long answer = comment(as(colleague("Engineering", 1)), question, "Temurin 25");

    Page page = loggedIn(asker);
    page.navigate(url("posts/" + question));
    assertThat(page.locator(".feed-counts")).containsText("question");
    page.locator("#comment-" + answer + " vaadin-button:has-text('Accept as answer')").click();
    assertThat(page.locator("#comment-" + answer + " .accepted-answer")).containsText("Accepted answer");
    page.context().close();

    Page other = loggedIn(colleague("Engineering", 2));
    other.navigate(url("posts/" + question));
    assertThat(other.locator("#comment-" + answer + " .accepted-answer")).isVisible();
    assertThat(other.locator(".feed-counts")).containsText("answered");
    assertThat(other.locator("vaadin-button:has-text('Accept as answer')")).hasCount(0);
    other.context().close();
  }

  @Test
  void countsSpeakProperEnglishAndGerman() {
    String author = colleague("Sales", 0);
    String reader = colleague("Sales", 1);
    long post = post(as(author), "One of each " + System.nanoTime(), false);
    comment(as(reader), post, "just one");
    assertThat(as(reader).put("api/v1/posts/" + post + "/reactions", "{\"kind\":\"LIKE\"}").status()).isEqualTo(204);

    Page english = loggedIn(reader);
    english.navigate(url("posts/" + post));
    assertThat(english.locator(".feed-counts")).hasText("1 reaction · 1 comment · 0 shares");
    english.context().close();

    Page german = loggedIn(colleague("Sales", 2), "de-DE", "h2:has-text('Startseite')");
    german.navigate(url("posts/" + post));
    assertThat(german.locator(".feed-counts")).hasText("1 Reaktion · 1 Kommentar · 0-mal geteilt");
    assertThat(german.locator(".comment a.comment-time")).hasText(Pattern.compile("gerade eben|vor \\d+ Minuten?"));
    german.context().close();
  }

  @Test
  void emptyTextCannotBeSentAndRefusalsAreWords() {
    Page page = loggedIn("admin");
    Locator post = page.locator("vaadin-button:text-is('Post')");
    assertThat(post).isDisabled();
    page.locator("vaadin-text-area.composer textarea").fill("   ");
    assertThat(post).isDisabled();
    page.locator("vaadin-text-area.composer textarea").fill("Now there is something to say");
    assertThat(post).isEnabled();
    // Under a card the reply field opens when one clicks "Write a comment"; empty, it cannot send.
    page.locator(".feed-card button.reply-open").first().click();
    Locator send = page.locator(".feed-card vaadin-button.reply-send").first();
    assertThat(page.locator(".feed-card vaadin-text-area.reply textarea").first()).isFocused();
    assertThat(send).isDisabled();
    assertThat(page.getByText("must not be blank")).hasCount(0);
    page.context().close();
  }

  @Test
  void aReportReachesTheModeratorsWhoHideThePostAndTellBothSides() {
    String author = colleague("Customer Success", 0);
    String reporter = colleague("Customer Success", 1);
    String nonce = "Cheap watches " + System.nanoTime();
    long post = post(as(author), nonce, false);

    Page page = loggedIn(reporter);
    page.navigate(url("posts/" + post));
    page.locator(".post-view vaadin-button:has-text('Report')").click();
    page.locator("vaadin-dialog vaadin-select").click();
    page.locator("vaadin-select-item:has-text('Spam')").click();
    page.locator("vaadin-dialog vaadin-text-area textarea").fill("selling things");
    page.locator("vaadin-dialog vaadin-button:has-text('Report')").click();
    assertThat(page.getByText("Thank you: the moderators will look at it.")).isVisible();
    assertThat(page.locator("vaadin-side-nav-item:has-text('Moderation')")).hasCount(0);
    page.context().close();

    Page admin = loggedIn("admin");
    admin.locator("vaadin-side-nav-item:has-text('Moderation')").click();
    Locator found = admin.locator(".moderation-case").filter(new Locator.FilterOptions().setHasText(nonce));
    assertThat(found).containsText("Spam: selling things");
    assertThat(found).containsText("1 report");
    Browser.screenshot(admin, "moderation");
    found.locator("vaadin-text-field input").fill("No advertising, please");
    found.locator("vaadin-button:text-is('Hide')").click();
    assertThat(admin.getByText("Hidden; the author is told.")).isVisible();
    assertThat(admin.locator(".moderation-case").filter(new Locator.FilterOptions().setHasText(nonce))).hasCount(0);
    admin.context().close();

    assertThat(as(reporter).get("api/v1/posts/" + post).status()).isEqualTo(404);
    assertThat(as(author).get("api/v1/notifications?limit=10").body()).contains("MODERATED");
    assertThat(as(reporter).get("api/v1/notifications?limit=10").body()).contains("REPORT_DECIDED");
  }

  @Test
  void aSavedLinkInTheFeedSaysWhatWasSaved() {
    String saver = colleague("People & Culture", 0);
    String title = "Onboarding checklist " + System.nanoTime();
    String url = "https://intranet.example/onboarding/" + System.nanoTime();
    Api.Answer answer = as(saver).post("api/v1/bookmarks", "{\"url\":\"" + url + "\",\"title\":\"" + title
        + "\",\"tags\":[\"onboarding\"],\"visibility\":\"PUBLIC\"}");
    assertThat(answer.status()).isEqualTo(201);
    String ref = "bookmark:" + answer.json().getJsonNumber("id").longValue();
    long deadline = System.currentTimeMillis() + 15_000;
    while (!as(saver).get("api/v1/feed/home?limit=5").body().contains(ref) && System.currentTimeMillis() < deadline) {
      sleep(300);
    }
    Page page = loggedIn(saver);
    Locator saved = page.locator(".feed-card .feed-bookmark").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(saved).containsText("intranet.example");
    assertThat(saved).containsText("onboarding");
    assertThat(saved.locator("a").first()).hasAttribute("href", url);
    assertThat(saved.locator("a:has-text('Details')")).hasAttribute("href", java.util.regex.Pattern.compile("bookmarks/\\d+"));
    page.context().close();
  }

  @Test
  void aCommentAndALikeByOthersShowWithoutAReload() {
    String reader = colleague("Finance", 2);
    String other = colleague("Finance", 3);
    String nonce = "Live thread " + System.nanoTime();
    long post = post(as(reader), nonce, false);

    Page page = loggedIn(reader);
    page.navigate(url("posts/" + post));
    Locator card = page.locator(".post-view .feed-card").first();
    assertThat(card.locator(".feed-counts")).containsText("0 reactions · 0 comments");
    comment(as(other), post, "Arrived while you were reading");
    assertThat(card.locator(".comment")).containsText("Arrived while you were reading");
    assertThat(card.locator(".feed-counts")).containsText("0 reactions · 1 comment");
    assertThat(as(other).put("api/v1/posts/" + post + "/reactions", "{\"kind\":\"LIKE\"}").status()).isEqualTo(204);
    assertThat(card.locator(".feed-counts")).containsText("1 reaction · 1 comment");
    page.context().close();
  }
}
