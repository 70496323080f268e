package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.agora.app.testing.Api;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The web UI in a real browser: sign-in, home feed and posting (with completion, growing as one
 * scrolls), people, profile (photo, language), admin views, German, sign-out.
 */
// After the other classes on the shared node: it locks a colleague out of 127.0.0.1 for 15 minutes.
@Order(Order.DEFAULT + 1)
class UiIT extends BrowserTest {

  @Test
  void aWrongPasswordIsExplainedAndNothingElseIsShown() {
    Page page = browser.newPage();
    page.navigate(url("people"));
    assertThat(page.locator("vaadin-login-form")).isVisible();
    Browser.screenshot(page, "login");
    page.locator("vaadin-login-form input[name=username]").fill("admin");
    page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    assertThat(page.getByText("Wrong username or password")).isVisible();
    assertThat(page.locator("vaadin-grid")).hasCount(0);
    page.context().close();
  }

  /**
   * Signing in goes on in the page that is open (no form post, redirect and second page load:
   * half the time to the first card), and the session gets a new id all the same.
   */
  @Test
  void signingInGoesOnInTheOpenPageUnderANewSessionId() {
    as("admin").post("api/v1/me/policy", "{}");
    Page page = browser.newPage();
    page.navigate(url(""));
    page.locator("vaadin-login-form input[name=username]").fill("admin");
    page.locator("vaadin-login-form input[name=password]").fill("agora-demo");
    String before = sessionId(page);
    page.evaluate("() => window.loadedBeforeSigningIn = true");
    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    assertThat(page.locator("h2:has-text('Home')")).isVisible();
    assertThat(page.locator(".feed-card").first()).isVisible();
    assertThat(page.evaluate("() => window.loadedBeforeSigningIn === true")).as("the same page, not a new one").isEqualTo(true);
    String after = sessionId(page);
    assertThat(after).isNotEmpty().isNotEqualTo(before);
    assertThat(meWith(before)).as("the id from before signing in stays anonymous").isEqualTo(401);
    assertThat(meWith(after)).isEqualTo(200);
    // The address changes in the same answer that draws Home, but may be applied a frame after it.
    assertThat(page).hasURL(url(""));
    // The new session is the signed-in one: a page load now goes straight to the view.
    page.navigate(url("people"));
    assertThat(page.locator("h2:has-text('People')")).isVisible();
    page.context().close();
  }

  private int meWith(String sessionId) {
    try {
      var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("api/v1/me")))
          .header("Cookie", "JSESSIONID=" + sessionId).build();
      return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String sessionId(Page page) {
    return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
  }

  @Test
  void tooManyWrongPasswordsAreExplainedInGermanAndTheOwnerStillGetsInFromElsewhere() {
    String guessed = colleague("People & Culture", 1);
    Api guesser = Api.anonymous(base).as(guessed, "not-the-password");
    for (int i = 0; i < 10; i++) {
      assertThat(guesser.get("api/v1/me").status()).isEqualTo(401);
    }
    // From the guesser's address even the right password waits, and the page says why in words.
    Page page = browser.newPage("de-DE");
    page.navigate(url(""));
    page.locator("vaadin-login-form input[name=username]").fill(guessed);
    page.locator("vaadin-login-form input[name=password]").fill("agora-demo");
    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    assertThat(page.getByText("Zu viele Fehlversuche")).isVisible();
    assertThat(page.getByText("Bitte etwas warten und erneut versuchen oder vom gewohnten Gerät aus anmelden."))
        .isVisible();
    page.context().close();
    // The owner, on another machine, is not locked out by someone else's guessing.
    assertThat(as(guessed).from("127.0.0.3").get("api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void aColleaguePostsAndSeesItInTheHomeFeed() {
    long start = System.nanoTime();
    Page page = loggedIn("admin");
    System.out.printf("home interactive %d ms after submitting the login form%n", (System.nanoTime() - start) / 1_000_000);
    assertThat(page.locator(".feed-card").first()).isVisible();
    String text = "Browser test says hello to #uitest " + System.nanoTime();
    page.locator("vaadin-text-area.composer textarea").fill(text);
    page.locator("vaadin-button:text-is('Post')").click();
    assertThat(page.locator(".feed-card").first()).containsText(text);
    // Beside the feed on a wide screen: trending tags, colleagues and communities to follow.
    assertThat(page.locator(".home-aside h3:has-text('Colleagues to follow')")).isVisible();
    assertThat(page.locator(".home-aside a[href^='search?tag=']").first()).isVisible();
    assertThat(page.locator(".home-aside a[href^='communities/']").first()).isVisible();
    Browser.screenshot(page, "home");
    page.context().close();
  }

  /** The directory's box finds colleagues by the start of a word and despite a typo, through the search index. */
  @Test
  void theDirectoryFindsPeopleByPrefixAndTypo() {
    var expert = as("admin").get("api/v1/people?skill=kubernetes&limit=1").json().getJsonArray("items").getJsonObject(0);
    String name = expert.getString("displayName");
    Page page = loggedIn("admin");
    page.navigate(url("people"));
    var who = page.locator("vaadin-text-field.people-search input");
    var rows = page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name));
    for (String typed : java.util.List.of("kuber", "Kubernets", name.substring(0, 4))) {
      who.fill(typed);
      page.waitForFunction("() => document.querySelector('vaadin-grid').size > 0 && document.querySelector('vaadin-grid').size < 200");
      assertThat(rows.first()).isVisible();
    }
    who.fill("Eng");
    page.waitForFunction("() => document.querySelector('vaadin-grid').size > 0 && document.querySelector('vaadin-grid').size < 200");
    assertThat(page.locator("vaadin-grid-cell-content:text-is('Engineering')").first()).isVisible();
    page.context().close();
  }

  /** Skills are chips: one picked from what colleagues have (completed as typed), one new with Enter. */
  @Test
  void skillsAreChosenAsChipsWithCompletion() {
    String colleague = colleague("Finance", 3);
    Page page = loggedIn(colleague);
    page.locator(".bar-person a[aria-label^='My profile']").click();
    page.locator("vaadin-button:has-text('Edit my profile')").click();
    var skills = page.locator("vaadin-multi-select-combo-box.skills input");
    skills.pressSequentially("kuber", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
    page.locator("vaadin-multi-select-combo-box-item:has-text('kubernetes')").first().click();
    String fresh = "Abacus " + (System.nanoTime() % 10_000);
    skills.fill(fresh);
    skills.press("Enter");
    skills.press("Escape"); // closes the list, as clicking elsewhere would
    page.locator("vaadin-dialog vaadin-button:has-text('Save')").click();
    assertThat(page.locator("vaadin-dialog")).hasCount(0);
    var saved = as(colleague).get("api/v1/me").json().getJsonArray("skills").toString().toLowerCase();
    assertThat(saved).contains("kubernetes").contains(fresh.toLowerCase());
    page.context().close();
  }

  @Test
  void theDirectoryFiltersAndOpensProfiles() {
    Page page = loggedIn("admin");
    page.navigate(url("people"));
    assertThat(page.locator("vaadin-grid")).isVisible();
    assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Engineering")).first()).isVisible();
    Browser.screenshot(page, "people");
    page.getByLabel("Department").fill("Finance");
    // Other classes add colleagues to Finance: expect as many rows as the directory's API lists.
    int finance = as("admin").get("api/v1/people?department=Finance&limit=100").json().getJsonArray("items").size();
    assertThat(finance).isGreaterThanOrEqualTo(7);
    // The grid recycles its cells, so hidden ones may keep old text: ask the grid how many rows it has.
    page.waitForFunction("() => document.querySelector('vaadin-grid').size === " + finance);
    page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Finance")).first().click();
    assertThat(page.getByText("followers")).isVisible();
    assertThat(page.locator("vaadin-button:has-text('Follow'), vaadin-button:has-text('Unfollow')")).isVisible();
    Browser.screenshot(page, "profile");
    page.navigate(url("communities"));
    assertThat(page.getByText("Kubernetes Guild")).isVisible();
    assertThat(page.getByText("M&A Project Falcon")).hasCount(1); // the admin sees secret communities
    Browser.screenshot(page, "communities");
    page.context().close();
  }

  /**
   * The bookmarklet's way in: a page address in the query opens the save dialog prefilled, also
   * after a detour through the login; the saved link shows in my bookmarks.
   */
  @Test
  void theBookmarkletOpensAPrefilledSaveDialog() {
    String link = "https://wiki.example.org/close-checklist-" + System.nanoTime();
    String title = "Month-end close checklist";
    Page page = browser.newPage();
    page.navigate(url("bookmarks?url=" + java.net.URLEncoder.encode(link, java.nio.charset.StandardCharsets.UTF_8)
        + "&title=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8)));
    page.locator("vaadin-login-form input[name=username]").fill("admin");
    page.locator("vaadin-login-form input[name=password]").fill("agora-demo");
    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    assertThat(page.locator("vaadin-dialog-overlay")).isVisible();
    assertThat(page.getByLabel("Address")).hasValue(link);
    assertThat(page.getByLabel("Title")).hasValue(title);
    page.getByLabel("Tags").fill("finance, checklist");
    Browser.screenshot(page, "bookmark-dialog");
    page.locator("vaadin-button:has-text('Save')").click();
    assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
    assertThat(page.locator("vaadin-grid-cell-content a:has-text('" + title + "')").first()).isVisible();
    assertThat(page.locator("a.bookmarklet")).hasAttribute("href", java.util.regex.Pattern.compile("^javascript:.*bookmarks\\?url="));
    Browser.screenshot(page, "bookmarks");

    // A javascript: address is refused in the dialog, with the reason on the field.
    page.locator("vaadin-button:has-text('Add bookmark')").click();
    page.getByLabel("Address").fill("javascript:alert(1)");
    page.locator("vaadin-dialog vaadin-button:has-text('Save')").click();
    assertThat(page.getByText("only http and https links can be saved")).isVisible();
    page.context().close();
  }

  /** The insights dashboard draws its charts (Apache ECharts from its WebJar) with demo data. */
  @Test
  void theInsightsDashboardDrawsRealCharts() {
    Page page = loggedIn("admin");
    page.navigate(url("insights"));
    assertThat(page.getByText("Weekly active people by department")).isVisible();
    // ECharts draws into a canvas inside each chart element once the script has loaded.
    assertThat(page.locator(".agora-chart canvas").first()).isVisible();
    page.waitForFunction("() => document.querySelectorAll('.agora-chart canvas').length >= 5");
    // Figures are computed side by side and pushed in as they are ready: none is left loading.
    assertThat(page.locator("[aria-busy=true]")).hasCount(0);
    assertThat(page.getByText("could not be computed")).hasCount(0);
    assertThat(page.locator("a:has-text('CSV')").first()).hasAttribute("href", java.util.regex.Pattern.compile("format=csv"));
    // Following the last panel's CSV link (the connectors, organisation only) downloads its table.
    com.microsoft.playwright.APIResponse csv = page.request().get(url(page.locator("a:has-text('CSV')").last().getAttribute("href")));
    assertThat(csv).isOK();
    assertThat(csv.headers().get("content-type")).startsWith("text/csv");
    Browser.screenshot(page, "insights");
    page.context().close();

    Page colleague = loggedIn(Api.anonymous(base).as("admin", "agora-demo").get("api/v1/people?department=Finance&limit=1")
        .json().getJsonArray("items").getJsonObject(0).getString("username"));
    colleague.navigate(url("insights"));
    assertThat(colleague.getByText("Organisation insights are for admins")).isVisible();
    colleague.context().close();
  }

  /** A mention shows on the bell; the panel lists it and marks it read. */
  @Test
  void theBellShowsNewNotifications() {
    String colleague = Api.anonymous(base).as("admin", "agora-demo").get("api/v1/people?department=Marketing&limit=1")
        .json().getJsonArray("items").getJsonObject(0).getString("username");
    Api.anonymous(base).as(colleague, "agora-demo").post("api/v1/posts", "{\"text\":\"@admin please look at the bell\"}");
    Page page = loggedIn("admin");
    assertThat(page.locator("vaadin-button[aria-label*='unread']")).isVisible();
    page.locator("vaadin-button[aria-label^='Notifications']").click();
    assertThat(page.getByText("mentioned you").first()).isVisible();
    Browser.screenshot(page, "notifications");
    page.locator("vaadin-button:has-text('Mark all read')").click();
    assertThat(page.locator("vaadin-button[aria-label='Notifications']")).isVisible();
    page.context().close();
  }

  /** The header's search box leads to results with facets; the expert finder shows its reasons. */
  @Test
  void searchAndTheExpertFinderAnswerInTheBrowser() {
    Page page = loggedIn("admin");
    page.locator("vaadin-combo-box.agora-search input").fill("kubernetes");
    page.locator("vaadin-combo-box.agora-search input").press("Enter");
    assertThat(page.locator("h2:has-text('Search')")).isVisible();
    assertThat(page.locator(".search-hit").first()).isVisible();
    assertThat(page.locator(".search-hit mark").first()).isVisible();
    assertThat(page.locator("h3:has-text('type')")).isVisible();
    Browser.screenshot(page, "search");

    page.navigate(url("experts?topic=k8s"));
    assertThat(page.locator(".expert-card").first()).isVisible();
    assertThat(page.locator(".expert-card li").first()).isVisible();
    Browser.screenshot(page, "experts");
    page.context().close();
  }

  /**
   * A German colleague searches as they speak: "kundendatenbank" finds a post about
   * "Kundendatenbanken", with the word marked, and the hit leads to the post.
   */
  @Test
  void aGermanSearchFindsOtherFormsOfTheWordAndLeadsToThePost() {
    String team = "Team" + System.nanoTime() % 1_000_000;
    String text = "Die Kundendatenbanken von " + team + " ziehen am Wochenende um.";
    assertThat(as("admin").post("api/v1/posts", "{\"text\":\"" + text + "\"}").status()).isEqualTo(201);
    for (int attempt = 0; attempt < 120 && !as("admin").get("api/v1/search?q=" + team).body().contains(team); attempt++) {
      sleep(500); // until the outbox has indexed it
    }
    Page page = loggedIn("admin", "de-DE", "h2:has-text('Startseite')");
    var box = page.locator("vaadin-combo-box.agora-search input");
    box.fill("kundendatenbank " + team.toLowerCase());
    box.press("Enter");
    var hit = page.locator(".search-hit").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(team));
    assertThat(hit.first()).isVisible();
    assertThat(page.getByText("1 Treffer")).isVisible();
    assertThat(hit.first().locator("mark").first()).hasText("Kundendatenbanken");
    hit.first().locator("h3 a").click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/posts/\\d+$"));
    assertThat(page.locator(".feed-text").first()).containsText(text);
    page.context().close();
  }

  /**
   * The header search box as a newcomer meets it: a click into the empty box shows no error, a
   * colleague's name typed in is offered as a person, and picking it opens their profile.
   */
  @Test
  void theHeaderSearchBoxOffersAColleagueWithoutAnError() {
    var colleague = Api.anonymous(base).as("admin", "agora-demo").get("api/v1/people?department=Engineering&limit=3")
        .json().getJsonArray("items").getJsonObject(1);
    String name = colleague.getString("displayName");
    Page page = loggedIn("admin");
    page.locator("vaadin-combo-box.agora-search input").click();
    page.waitForTimeout(1_000); // the empty box's first fetch is what used to fail
    assertThat(page.getByText("Internal error")).hasCount(0);
    page.locator("vaadin-combo-box.agora-search input").pressSequentially(name, new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
    var offered = page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name));
    assertThat(offered.first()).isVisible();
    assertThat(offered.first()).containsText("person");
    offered.first().click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/people/" + colleague.getJsonNumber("id").longValue() + "$"));
    assertThat(page.getByText("Internal error")).hasCount(0);
    page.context().close();
  }

  /** A German browser gets the German UI: login form, navigation, home. */
  @Test
  void aGermanBrowserGetsGerman() {
    Page page = browser.newPage("de-DE");
    page.navigate(url(""));
    assertThat(page.locator("vaadin-login-form vaadin-button[slot=submit]")).containsText("Anmelden");
    page.locator("vaadin-login-form input[name=username]").fill("admin");
    page.locator("vaadin-login-form input[name=password]").fill("agora-demo");
    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    assertThat(page.locator("h2:has-text('Startseite')")).isVisible();
    assertThat(page.getByText("Lesezeichen").first()).isVisible();
    assertThat(page.locator(".bar-person vaadin-button:has-text('Abmelden')")).isVisible();
    Browser.screenshot(page, "home-de");
    page.context().close();
  }

  /** A community page: its feed, members and guidelines; a colleague joins it and likes a post. */
  @Test
  void aColleagueOpensACommunityJoinsAndLikesAPost() {
    String colleague = Api.anonymous(base).as("admin", "agora-demo").get("api/v1/people?department=Legal%20%26%20Compliance&limit=1")
        .json().getJsonArray("items").getJsonObject(0).getString("username");
    Page page = loggedIn(colleague);
    page.navigate(url("communities"));
    page.getByText("Kubernetes Guild").first().click();
    assertThat(page.locator("h2:has-text('Kubernetes Guild')")).isVisible();
    assertThat(page.locator("vaadin-tab:has-text('Members')")).isVisible();
    Browser.screenshot(page, "community");
    if (page.locator("vaadin-button:has-text('Join')").count() > 0) {
      page.locator("vaadin-button:has-text('Join')").first().click();
      if (page.locator("vaadin-checkbox").count() > 0) { // guidelines to accept first
        page.locator("vaadin-checkbox").click();
        page.locator("vaadin-dialog vaadin-button:has-text('Join')").click();
      }
      assertThat(page.locator("vaadin-button:has-text('Leave')")).isVisible();
    }
    page.locator(".feed-card vaadin-button:has-text('Like')").first().click();
    assertThat(page.locator(".feed-card vaadin-button:has-text('Liked')").first()).isVisible();
    page.context().close();
  }

  /** A colleague's first login shows the usage policy; accepting it leads on, and only once. */
  @Test
  void theUsagePolicyIsAcceptedOnFirstLogin() {
    String colleague = Api.anonymous(base).as("admin", "agora-demo").get("api/v1/people?department=Design&limit=5")
        .json().getJsonArray("items").getJsonObject(1).getString("username");
    assertThat(Api.anonymous(base).as(colleague, "agora-demo").get("api/v1/me/policy").json().isNull("acceptedAt")).isTrue();
    Page page = browser.newPage();
    page.navigate(url("people"));
    page.locator("vaadin-login-form input[name=username]").fill(colleague);
    page.locator("vaadin-login-form input[name=password]").fill("agora-demo");
    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    assertThat(page.locator("h2:has-text('Usage policy')")).isVisible();
    Browser.screenshot(page, "usage-policy");
    page.locator("vaadin-button:has-text('I accept')").click();
    assertThat(page.locator("h2:has-text('People')")).isVisible(); // on to the page asked for
    assertThat(Api.anonymous(base).as(colleague, "agora-demo").get("api/v1/me/policy").json().isNull("acceptedAt")).isFalse();
    page.navigate(url(""));
    assertThat(page.locator("h2:has-text('Home')")).isVisible();
    page.context().close();
  }

  /**
   * A colleague posts while the home view is open: Vaadin Push announces "1 new post" (fed by the
   * live module's bus) without a reload, and a click shows it.
   */
  @Test
  void aNewPostIsAnnouncedLiveWithoutAReload() {
    Api admin = Api.anonymous(base).as("admin", "agora-demo");
    var colleague = admin.get("api/v1/people?department=Finance&limit=5").json().getJsonArray("items").getJsonObject(2);
    assertThat(admin.put("api/v1/people/" + colleague.getJsonNumber("id").longValue() + "/follow", "{}").status()).isEqualTo(204);
    Page page = loggedIn("admin");
    String text = "Live from finance " + System.nanoTime();
    Api.Answer posted = Api.anonymous(base).as(colleague.getString("username"), "agora-demo")
        .post("api/v1/posts", "{\"text\":\"" + text + "\"}");
    assertThat(posted.status()).isEqualTo(201);
    assertThat(page.locator("vaadin-button.new-posts")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    assertThat(page.locator("vaadin-button.new-posts")).containsText("1 new post");
    assertThat(page.getByText(text)).hasCount(0); // announced, not pushed into what they are reading
    page.locator("vaadin-button.new-posts").click();
    assertThat(page.getByText(text)).isVisible();
    page.context().close();
  }

  /**
   * Vaadin's own CSRF token: the same click as in the posting test, but its UI request carries a
   * forged token (as a page on another site would have to); Vaadin must ignore it, so no post.
   */
  @Test
  void aUiRequestWithAForgedCsrfTokenChangesNothing() {
    Page page = loggedIn("admin");
    String text = "Forged request " + System.nanoTime();
    page.locator("vaadin-text-area.composer textarea").fill(text);
    // "Post" is enabled once the text reached the server with the genuine token.
    assertThat(page.locator("vaadin-button:text-is('Post')")).isEnabled();
    java.util.concurrent.atomic.AtomicInteger forged = new java.util.concurrent.atomic.AtomicInteger();
    page.route(u -> u.contains("v-r=uidl"), route -> {
      String body = route.request().postData();
      if (body != null && body.contains("\"csrfToken\"")) {
        forged.incrementAndGet();
        route.resume(new com.microsoft.playwright.Route.ResumeOptions()
            .setPostData(body.replaceFirst("\"csrfToken\":\"[^\"]*\"", "\"csrfToken\":\"forged\"")));
      } else {
        route.resume();
      }
    });
    page.waitForResponse(r -> r.url().contains("v-r=uidl"),
        () -> page.locator("vaadin-button:text-is('Post')").click());
    sleep(1000);
    page.unrouteAll();

    assertThat(forged.get()).as("UI requests sent with a forged token").isPositive();
    assertThat(Api.anonymous(base).as("admin", "agora-demo").get("api/v1/feed/home?limit=50").body()).doesNotContain(text);
    page.context().close();
  }

  @Test
  void loggingOutEndsTheSession() {
    Page page = loggedIn("admin");
    page.locator(".bar-person vaadin-button:has-text('Log out')").click();
    assertThat(page.locator("vaadin-login-form")).isVisible();
    page.navigate(url(""));
    assertThat(page.locator("vaadin-login-form")).isVisible();
    assertThat(page.locator("h2:has-text('Home')")).hasCount(0);
    page.context().close();
  }

  /**
   * An admin finds a colleague in the users view and disables the account; the colleague can no
   * longer log in. Enabling it again lets them back in. Colleagues neither see the menu entry nor the view.
   */
  @Test
  void anAdminDisablesAnAccountInTheAdminView() {
    String colleague = colleague("Design", 3);
    Page page = loggedIn("admin");
    page.locator("vaadin-side-nav-item:has-text('Users and roles')").click();
    assertThat(page.locator("h2:has-text('Users and roles')")).isVisible();
    page.getByLabel("Name or username").fill(colleague);
    page.waitForFunction("() => document.querySelector('vaadin-grid').size === 1");
    Browser.screenshot(page, "admin-users");
    page.locator("vaadin-grid-cell-content vaadin-button:has-text('Disable'):visible").click();
    assertThat(page.locator("vaadin-dialog")).containsText("can no longer log in");
    page.getByLabel("Note for the audit log").fill("left the company (browser test)");
    page.locator("vaadin-dialog vaadin-button:has-text('Disable')").click();
    assertThat(page.locator("vaadin-grid-cell-content span:text-is('disabled'):visible")).isVisible();
    assertThat(Api.anonymous(base).as(colleague, "agora-demo").get("api/v1/me").status()).isEqualTo(401);

    Page refused = browser.newPage();
    refused.navigate(url(""));
    refused.locator("vaadin-login-form input[name=username]").fill(colleague);
    refused.locator("vaadin-login-form input[name=password]").fill("agora-demo");
    refused.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    assertThat(refused.locator("vaadin-login-form")).isVisible();
    assertThat(refused.locator("h2:has-text('Home')")).hasCount(0);
    refused.context().close();

    page.locator("vaadin-grid-cell-content vaadin-button:has-text('Enable'):visible").click();
    assertThat(page.locator("vaadin-grid-cell-content span:text-is('active'):visible")).isVisible();
    page.context().close();
    Page back = loggedIn(colleague);
    assertThat(back.locator("vaadin-side-nav-item:has-text('Users and roles')")).hasCount(0);
    back.navigate(url("admin/users"));
    assertThat(back.getByText("This page is for admins only.")).isVisible();
    assertThat(back.locator("vaadin-grid")).hasCount(0);
    back.context().close();
  }

  /** Admins create a department, see member counts and rename it; the API agrees. */
  @Test
  void anAdminCreatesAndRenamesADepartment() {
    String name = "Browser Test Unit " + System.nanoTime() % 100_000;
    Page page = loggedIn("admin");
    page.navigate(url("admin/departments"));
    assertThat(page.locator("h2:has-text('Departments')")).isVisible();
    assertThat(page.locator("vaadin-grid-cell-content:text-is('Engineering')").first()).isVisible();
    page.getByLabel("New department").fill(name);
    page.locator("vaadin-button:text-is('Create')").click();
    assertThat(page.locator("vaadin-grid-cell-content:text-is('" + name + "')")).isVisible();
    Browser.screenshot(page, "admin-departments");
    page.locator("vaadin-button[aria-label='Rename " + name + "']").click();
    page.locator("vaadin-dialog vaadin-text-field input").fill(name + " renamed");
    page.locator("vaadin-dialog vaadin-button:has-text('Save')").click();
    assertThat(page.locator("vaadin-grid-cell-content:text-is('" + name + " renamed')")).isVisible();
    assertThat(Api.anonymous(base).as("admin", "agora-demo").get("api/v1/departments?limit=100").body()).contains(name + " renamed");
    page.context().close();
  }

  /** Typing @ and part of a username offers colleagues; the keyboard picks one; they are notified. */
  @Test
  void mentionCompletionInsertsTheUsernameAndTheColleagueIsNotified() {
    String colleague = colleague("Marketing", 2);
    Api asColleague = Api.anonymous(base).as(colleague, "agora-demo");
    asColleague.post("api/v1/notifications/read-all", "{}");
    Page page = loggedIn("admin");
    var text = page.locator("vaadin-text-area.composer textarea");
    text.fill("Could you review the launch plan, @" + colleague);
    assertThat(page.locator("vaadin-list-box.completions vaadin-item").first()).containsText("@" + colleague);
    Browser.screenshot(page, "composer-mention");
    text.press("ArrowDown");
    page.keyboard().press("Enter");
    assertThat(text).hasValue("Could you review the launch plan, @" + colleague + " ");
    assertThat(page.locator("vaadin-list-box.completions")).isHidden();
    page.locator("vaadin-button:text-is('Post')").click();
    assertThat(page.locator(".feed-card").first()).containsText("Could you review the launch plan");
    page.context().close();

    long deadline = System.currentTimeMillis() + 15_000;
    boolean mentioned = false;
    while (!mentioned && System.currentTimeMillis() < deadline) {
      var first = asColleague.get("api/v1/notifications?limit=5").json().getJsonArray("items");
      mentioned = !first.isEmpty() && "MENTIONED".equals(first.getJsonObject(0).getString("type"))
          && first.getJsonObject(0).getInt("unread") > 0;
      if (!mentioned) {
        sleep(300);
      }
    }
    assertThat(mentioned).as(colleague + " is notified of the mention").isTrue();
  }

  /**
   * The home feed first shows a screenful (6 cards, so it is drawn at once); scrolling to its end
   * loads the next page of 20 (no button press), however many were shown before.
   */
  @Test
  void scrollingToTheEndOfTheFeedLoadsTheNextPage() {
    Api admin = Api.anonymous(base).as("admin", "agora-demo");
    for (int i = 0; i < 35 && !hasNextPage(admin.get("api/v1/feed/home?limit=26").json()); i++) {
      assertThat(admin.post("api/v1/posts", "{\"text\":\"Filling the feed for the scroll test, " + i + "\"}").status()).isEqualTo(201);
    }
    Page page = loggedIn("admin");
    page.waitForFunction("() => document.querySelectorAll('.feed-list > .feed-card').length >= 6");
    // A tall window may already have fetched the next page on its own: compare with what is there now.
    page.waitForTimeout(500);
    int shown = ((Number) page.evaluate("() => document.querySelectorAll('.feed-list > .feed-card').length")).intValue();
    page.locator("vaadin-button.feed-more").scrollIntoViewIfNeeded();
    page.waitForFunction("n => document.querySelectorAll('.feed-list > .feed-card').length > n", shown);
    page.context().close();
  }

  private static boolean hasNextPage(jakarta.json.JsonObject page) {
    return page.containsKey("next") && !page.isNull("next");
  }

  /** A photo uploaded in the edit dialog replaces the initials in the avatars. */
  @Test
  void anUploadedPhotoShowsAsTheAvatar() throws Exception {
    String colleague = colleague("Design", 4);
    java.nio.file.Path photo = java.nio.file.Files.createTempFile("agora-photo", ".png");
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 320, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(new java.awt.Color(30, 120, 200));
    g.fillOval(20, 20, 280, 280);
    g.dispose();
    javax.imageio.ImageIO.write(image, "png", photo.toFile());

    Page page = loggedIn(colleague);
    page.locator(".bar-person a[aria-label^='My profile']").click();
    assertThat(page.locator("vaadin-button:has-text('Edit my profile')")).isVisible();
    page.locator("vaadin-button:has-text('Edit my profile')").click();
    com.microsoft.playwright.FileChooser chooser =
        page.waitForFileChooser(() -> page.locator("vaadin-upload.photo-upload vaadin-button:has-text('Upload a photo')").click());
    chooser.setFiles(photo);
    assertThat(page.locator("vaadin-avatar.profile-photo img")).hasAttribute("src", java.util.regex.Pattern.compile("avatar\\?v=\\d+"));
    page.reload(); // the app bar is drawn once per page
    assertThat(page.locator("vaadin-app-layout vaadin-avatar.agora-avatar img").first()).hasAttribute("src",
        java.util.regex.Pattern.compile("avatar\\?v=\\d+"));
    Browser.screenshot(page, "profile-photo");
    page.context().close();
    long id = Api.anonymous(base).as(colleague, "agora-demo").get("api/v1/me").json().getJsonNumber("id").longValue();
    assertThat(Api.anonymous(base).as("admin", "agora-demo").get("api/v1/people/" + id + "/avatar", "image/png,image/svg+xml")
        .contentType()).startsWith("image/png");
    java.nio.file.Files.deleteIfExists(photo);
  }

  /** German from the browser reaches every view; German chosen on the profile wins over an English browser. */
  @Test
  void germanReachesEveryViewAndTheProfileChoiceWins() {
    Page page = loggedIn("admin", "de-DE", "h2:has-text('Startseite')");
    assertThat(page.locator("vaadin-button:text-is('Veröffentlichen')")).isVisible();
    page.navigate(url("people"));
    assertThat(page.locator("h2:has-text('Personen')")).isVisible();
    assertThat(page.getByLabel("Fähigkeit")).isVisible();
    page.navigate(url("communities"));
    assertThat(page.locator("vaadin-button:has-text('Community gründen')")).isVisible();
    page.navigate(url("bookmarks"));
    assertThat(page.locator("vaadin-button:has-text('Lesezeichen hinzufügen')")).isVisible();
    page.navigate(url("admin/users"));
    assertThat(page.locator("h2:has-text('Benutzer und Rollen')")).isVisible();
    assertThat(page.locator("vaadin-grid-cell-content vaadin-button:has-text('Sperren'):visible").first()).isVisible();
    Browser.screenshot(page, "admin-users-de");
    page.navigate(url("experts"));
    assertThat(page.locator("h2:has-text('Expert:innen finden')")).isVisible();
    assertThat(page).hasTitle("Wer weiß… · Agora");
    page.context().close();

    String colleague = colleague("Design", 2);
    Api asColleague = Api.anonymous(base).as(colleague, "agora-demo");
    assertThat(asColleague.patch("api/v1/people/" + asColleague.get("api/v1/me").json().getJsonNumber("id").longValue(),
        "{\"uiLanguage\":\"de\"}").status()).isEqualTo(200);
    Page english = loggedIn(colleague, "en-US", "h2:has-text('Startseite')");
    english.locator(".bar-person a[aria-label^='Mein Profil']").click();
    english.locator("vaadin-button:has-text('Mein Profil bearbeiten')").click();
    assertThat(english.locator("vaadin-dialog").getByLabel("Sprache von Agora")).isVisible();
    english.context().close();
    assertThat(asColleague.patch("api/v1/people/" + asColleague.get("api/v1/me").json().getJsonNumber("id").longValue(),
        "{\"uiLanguage\":\"xx\"}").status()).isEqualTo(400);
  }


  /**
   * Words that only the English texts use (from the app's own message bundles), looked for in the
   * app's chrome of every view in German: buttons, headings, labels, navigation, tabs, table
   * headers, placeholders and status lines. What colleagues wrote is not checked.
   */
  @Test
  void everyViewInGermanShowsNoEnglishFromTheBundles() throws Exception {
    java.util.Set<String> english = words("translations_en.properties");
    english.removeAll(words("translations_de.properties"));
    english.removeIf(w -> w.length() < 4);
    // What colleagues named or wrote is theirs, whatever its language: departments, communities,
    // bookmark titles (a "Details" link names its bookmark).
    Api admin = as("admin");
    for (String list : java.util.List.of("api/v1/departments?limit=100", "api/v1/communities?limit=100",
        "api/v1/bookmarks?limit=100", "api/v1/bookmarks?mine=true&limit=100")) {
      for (var item : admin.get(list).json().getJsonArray("items")) {
        String named = item.asJsonObject().getString("name", "") + " " + item.asJsonObject().getString("description", "")
            + " " + item.asJsonObject().getString("title", "");
        for (String word : named.split("[^\\p{L}]+")) {
          english.remove(word.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    String chrome = """
        () => {
          const texts = [];
          const written = '.feed-text, .comment-text, .snippet, .community-about, .search-hit h3';
          const add = (e, t) => { if (t && !e.closest(written)) texts.push(t); };
          document.querySelectorAll('vaadin-button, h1, h2, h3, h4, label, vaadin-side-nav-item, vaadin-tab,'
              + ' vaadin-grid-sorter, [role=status], .feed-counts, .notification-summary, vaadin-drawer-toggle,'
              + ' .search-hit [theme~=badge], .expert-card li, .community-standing')
            .forEach(e => add(e, e.innerText));
          document.querySelectorAll('[placeholder], [aria-label]').forEach(e => {
            add(e, e.getAttribute('placeholder')); add(e, e.getAttribute('aria-label'));
          });
          document.querySelectorAll('vaadin-text-field, vaadin-text-area, vaadin-select, vaadin-combo-box')
            .forEach(e => { add(e, e.label); add(e, e.placeholder); add(e, e.helperText); });
          return texts.join('\\n');
        }""";
    Page page = loggedIn("admin", "de-DE", "h2:has-text('Startseite')");
    long community = as("admin").get("api/v1/communities?limit=1").json().getJsonArray("items").getJsonObject(0)
        .getJsonNumber("id").longValue();
    java.util.Map<String, java.util.Set<String>> found = new java.util.TreeMap<>();
    for (String view : java.util.List.of("", "people", "communities", "communities/" + community, "bookmarks",
        "experts?topic=kubernetes", "search?q=kubernetes", "notifications", "insights", "moderation", "admin/users",
        "admin/departments")) {
      page.navigate(url(view));
      assertThat(page.locator("[role=main] h2").first()).isVisible();
      page.waitForTimeout(500);
      for (String word : ((String) page.evaluate(chrome)).split("[^\\p{L}]+")) {
        if (english.contains(word.toLowerCase(java.util.Locale.ROOT))) {
          found.computeIfAbsent("/" + view, k -> new java.util.TreeSet<>()).add(word);
        }
      }
    }
    page.navigate(url("policy"));
    assertThat(page.getByText("mit Respekt zu begegnen")).isVisible(); // the usage policy in German too
    page.context().close();
    assertThat(found).as("English words in the German app").isEmpty();
  }

  /** The words of a message bundle's texts, lower case, without ICU syntax. */
  private static java.util.Set<String> words(String bundle) throws java.io.IOException {
    java.util.Properties texts = new java.util.Properties();
    try (var in = UiIT.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
      texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    java.util.Set<String> words = new java.util.HashSet<>();
    for (Object value : texts.values()) {
      String text = ((String) value).replaceAll("\\{\\d+(, *(plural|number|select)[^{}]*)?", " ");
      for (String word : text.split("[^\\p{L}]+")) {
        if (!word.isBlank() && !"plural".equals(word) && !"other".equals(word) && !"one".equals(word)) {
          words.add(word.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return words;
  }

  /** Everyone's bookmarks: one row per link with its savers; "Details" opens the bookmark's own page. */
  @Test
  void aLinkSavedTwiceIsOneRowAndHasItsOwnPage() {
    String first = colleague("Finance", 4);
    String second = colleague("Finance", 5);
    String url = "https://handbook.example/expenses/" + System.nanoTime();
    String title = "Expenses handbook " + System.nanoTime();
    for (String saver : java.util.List.of(first, second)) {
      assertThat(as(saver).post("api/v1/bookmarks", "{\"url\":\"" + url + "\",\"title\":\"" + title
          + "\",\"visibility\":\"PUBLIC\"}").status()).isEqualTo(201);
    }
    Page page = loggedIn(colleague("Finance", 6));
    page.navigate(url("bookmarks"));
    page.locator("vaadin-tab:has-text('Everyone')").click();
    // One row for the link: its "Saved by" names both, newest first.
    String names = as(second).get("api/v1/me").json().getString("displayName") + ", "
        + as(first).get("api/v1/me").json().getString("displayName");
    assertThat(page.locator("vaadin-grid-cell-content:visible").filter(
        new com.microsoft.playwright.Locator.FilterOptions().setHasText(names)).first()).isVisible();
    var rows = page.locator("vaadin-grid-cell-content:visible").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
    rows.first().locator("a.bookmark-details").click();
    assertThat(page.locator(".bookmark-page h2")).containsText(title);
    assertThat(page.locator(".bookmark-page h3")).hasText("1 colleague also saved it");
    assertThat(page.locator(".bookmark-savers a")).hasCount(1);
    page.context().close();
  }
}
