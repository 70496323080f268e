package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Events in the browser: a colleague schedules a weekly event from the events list, lands on its
 * page, answers and adds it to a calendar; a German colleague on a phone answers from the list and
 * a full event puts her on the waiting list; the organiser edits an event and who goes is told.
 */
class EventsUiIT extends BrowserTest {

  @Test
  void aColleagueSchedulesAWeeklyEventAnswersAndAddsItToACalendar() {
    String organiser = colleague("Design", 3);
    String title = "Design critique " + System.nanoTime();
    Page page = loggedIn(organiser);
    page.locator("vaadin-side-nav-item:has-text('Events')").click();
    assertThat(page.locator("h2:has-text('Events')")).isVisible();
    page.locator("vaadin-button:has-text('Schedule an event')").click();
    Locator dialog = page.locator("vaadin-dialog");
    dialog.locator("vaadin-text-field:has-text('Title') input").fill(title);
    dialog.locator("vaadin-text-field:has-text('Place') input").fill("Room Elbe, Hamburg");
    dialog.locator("vaadin-select:has-text('Repeats')").click();
    page.locator("vaadin-select-item:has-text('Weekly')").click();
    dialog.locator("vaadin-integer-field:has-text('How many times') input").fill("3");
    dialog.locator("vaadin-button:text-is('Schedule')").click();

    assertThat(page).hasURL(Pattern.compile(".*/events/\\d+$"));
    assertThat(page.locator(".event-page h2")).hasText(title);
    assertThat(page.locator(".event-facts")).containsText("Room Elbe, Hamburg");
    assertThat(page.locator(".event-facts")).containsText("repeats");
    assertThat(page.locator(".event-going")).containsText("Nobody going yet");
    page.locator(".rsvp vaadin-button:text-is('Going')").click();
    assertThat(page.locator(".event-going")).containsText("1 going");
    assertThat(page.locator(".rsvp vaadin-button:text-is('Going')")).hasAttribute("aria-pressed", "true");

    // "Add to calendar" is the event's iCalendar file, as Outlook and Thunderbird read it.
    String ics = page.locator("a.event-ics").getAttribute("href");
    APIResponse file = page.request().get(url(ics));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.headers().get("content-type")).startsWith("text/calendar");
    assertThat(file.text()).contains("SUMMARY:" + title).contains("RRULE:FREQ=WEEKLY");
    Browser.screenshot(page, "event");

    // The list shows the three occurrences, each answerable on its own.
    page.locator("vaadin-side-nav-item:has-text('Events')").click();
    assertThat(page.locator(".event-card").filter(new Locator.FilterOptions().setHasText(title))).hasCount(3);

    // The month: the three weeks fall in this month and perhaps the next; each day links to the event.
    page.locator("vaadin-tab:has-text('Month')").click();
    java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Berlin"));
    var monthName = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", java.util.Locale.ENGLISH);
    assertThat(page.locator(".month-title")).hasText(monthName.format(now));
    Locator inMonth = page.locator(".month-event").filter(new Locator.FilterOptions().setHasText(title));
    int thisMonth = inMonth.count();
    page.locator("vaadin-button[aria-label='Next month']").click();
    assertThat(page.locator(".month-title")).hasText(monthName.format(now.plusMonths(1)));
    int nextMonth = inMonth.count();
    assertThat(thisMonth + nextMonth).isEqualTo(3);
    if (thisMonth > 0) {
      page.locator(".month-calendar vaadin-button:has-text('Today')").click();
    }
    inMonth.first().click();
    assertThat(page).hasURL(Pattern.compile(".*/events/\\d+$"));
    assertThat(page.locator(".event-page h2")).hasText(title);

    // Search finds it (once the index has it) and leads to it.
    String unique = title.substring(title.lastIndexOf(' ') + 1);
    org.agora.app.testing.Eventually.eventually(() -> as(organiser).get("api/v1/search?q=" + unique + "&type=event").json(),
        r -> r.getJsonNumber("total").longValue() == 1);
    page.navigate(url("search?q=" + unique));
    Locator hit = page.locator(".search-hit").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(hit).containsText("Event");
    hit.locator("a").first().click();
    assertThat(page.locator(".event-page h2")).hasText(title);
    page.context().close();
  }

  @Test
  void theOrganiserEditsTheEventAndAGermanAttendeeFollowsTheNotificationToIt() {
    String organiser = colleague("Marketing", 2);
    String attendee = colleague("Marketing", 3);
    long community = as(organiser).post("api/v1/communities", "{\"name\":\"Campaign launch " + System.nanoTime()
        + "\",\"description\":\"launch day\",\"visibility\":\"PUBLIC\"}").json().getJsonNumber("id").longValue();
    String title = "Launch rehearsal " + System.nanoTime();
    OffsetDateTime start = OffsetDateTime.now().plusDays(4).withHour(11).withMinute(0).withSecond(0).withNano(0);
    long id = as(organiser).post("api/v1/events", "{\"title\":\"" + title + "\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
        + start.plusHours(1) + "\",\"timeZone\":\"Europe/Berlin\",\"location\":\"Room Isar\",\"description\":\"Bring **your slides**, please.\",\"communityId\":"
        + community + "}")
        .json().getJsonNumber("id").longValue();
    assertThat(as(attendee).put("api/v1/events/" + id + "/rsvp", "{\"answer\":\"YES\"}").status()).isEqualTo(200);
    as(attendee).post("api/v1/notifications/read-all", "{}");

    Page page = loggedIn(organiser);
    page.navigate(url("events/" + id));
    page.locator("vaadin-button:has-text('Edit the event')").click();
    Locator dialog = page.locator("vaadin-dialog");
    assertThat(dialog.locator("vaadin-text-field:has-text('Place') input")).hasValue("Room Isar");
    dialog.locator("vaadin-text-field:has-text('Place') input").fill("Room Alster");
    dialog.locator("vaadin-button:text-is('Save')").click();
    assertThat(page.locator(".event-facts")).containsText("Room Alster");
    // The description is Markdown, shown as a post's text is.
    assertThat(page.locator(".event-description strong")).hasText("your slides");
    // While the page is open, a colleague's answer shows without a reload.
    assertThat(page.locator(".event-going")).containsText("1 going");
    assertThat(as(colleague("Marketing", 4)).put("api/v1/events/" + id + "/rsvp", "{\"answer\":\"YES\"}").status()).isEqualTo(200);
    assertThat(page.locator(".event-going")).containsText("2 going");
    page.context().close();

    // The attendee is told; the notification leads to the event, and the community's stream shows it.
    Page phone = loggedIn(browser.newPhonePage("de-DE"), attendee, "h2:has-text('Startseite')");
    phone.locator("vaadin-button[aria-label^='Benachrichtigungen']").click();
    Locator told = phone.locator(".notification-line").filter(new Locator.FilterOptions().setHasText("einen Termin geändert"));
    assertThat(told.first()).containsText(title);
    told.first().click();
    assertThat(phone).hasURL(Pattern.compile(".*/events/" + id + "$"));
    assertThat(phone.locator(".event-facts")).containsText("Room Alster");
    phone.navigate(url("communities/" + community));
    Locator item = phone.locator(".feed-card").filter(new Locator.FilterOptions().setHasText("legte einen Termin an"));
    assertThat(item.locator(".feed-event a")).hasText(title);
    item.locator(".feed-event a").click();
    assertThat(phone).hasURL(Pattern.compile(".*/events/" + id + "$"));
    phone.context().close();
  }

  @Test
  void aGermanColleagueOnAPhoneAnswersAndWaitsForAPlace() {
    String organiser = colleague("Sales", 2);
    String title = "Kundenworkshop " + System.nanoTime();
    OffsetDateTime start = OffsetDateTime.now().plusDays(3).withHour(14).withMinute(0).withSecond(0).withNano(0);
    long id = as(organiser).post("api/v1/events", "{\"title\":\"" + title + "\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
        + start.plusHours(2) + "\",\"timeZone\":\"Europe/Berlin\",\"location\":\"Hamburg\",\"capacity\":1}")
        .json().getJsonNumber("id").longValue();
    assertThat(as(colleague("Sales", 3)).put("api/v1/events/" + id + "/rsvp", "{\"answer\":\"YES\"}").status()).isEqualTo(200);

    Page phone = loggedIn(browser.newPhonePage("de-DE"), colleague("Sales", 4), "h2:has-text('Startseite')");
    phone.navigate(url("events"));
    assertThat(phone.locator("h2:has-text('Termine')")).isVisible();
    Locator card = phone.locator(".event-card").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(card.locator(".event-counts")).containsText("1 Zusage");
    card.locator("vaadin-button:text-is('Ich komme')").click();
    card = phone.locator(".event-card").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(card.locator(".event-counts")).containsText("1 auf der Warteliste");
    assertThat(card.locator(".rsvp-state")).containsText("Auf der Warteliste");
    var box = card.boundingBox();
    assertThat(box.x + box.width).as("the card fits the phone's width").isLessThanOrEqualTo(390);

    card.locator("a").first().click();
    assertThat(phone).hasURL(Pattern.compile(".*/events/" + id + "$"));
    assertThat(phone.locator(".event-waiting")).containsText("1 auf der Warteliste");
    assertThat(phone.locator("a.event-ics")).hasText("Zum Kalender hinzufügen");
    Browser.screenshot(phone, "event-de-phone");
    phone.navigate(url("events"));
    phone.locator("vaadin-tab:has-text('Monat')").click();
    assertThat(phone.locator(".month-grid caption")).hasText(Pattern.compile("Termine im .+"));
    var grid = phone.locator(".month-grid").boundingBox();
    assertThat(grid.x + grid.width).as("the month fits the phone's width").isLessThanOrEqualTo(390);
    phone.context().close();
  }

  @Test
  void aCommunityHasItsEventsTabHomeShowsWhatIsComingAndACalendarAppSubscribes() throws Exception {
    String member = colleague("Finance", 3);
    long community = as(member).post("api/v1/communities", "{\"name\":\"Month-end close " + System.nanoTime()
        + "\",\"description\":\"closing the books together\",\"visibility\":\"PUBLIC\"}").json().getJsonNumber("id").longValue();
    String title = "Close checklist walkthrough " + System.nanoTime();
    Page page = loggedIn(member);

    // Home's side column lists what is coming (the demo's open breakfast at least).
    assertThat(page.locator(".home-aside")).containsText("Upcoming events");
    assertThat(page.locator(".home-aside a[href='events']")).hasText("All events");

    page.navigate(url("communities/" + community));
    page.locator("vaadin-tab:has-text('Events')").click();
    page.locator(".community-events vaadin-button:has-text('Schedule an event')").click();
    Locator dialog = page.locator("vaadin-dialog");
    dialog.locator("vaadin-text-field:has-text('Title') input").fill(title);
    dialog.locator("vaadin-text-field:has-text('Online link') input").fill("https://meet.example/close");
    dialog.locator("vaadin-button:text-is('Schedule')").click();
    assertThat(page).hasURL(Pattern.compile(".*/events/\\d+$"));
    assertThat(page.locator(".event-facts a[href='communities/" + community + "']")).isVisible();
    page.navigate(url("communities/" + community));
    page.locator("vaadin-tab:has-text('Events')").click();
    assertThat(page.locator(".community-events .event-card")).containsText(title);

    // The personal feed: an address a calendar app reads without signing in, until it is stopped.
    page.locator(".community-events .event-card vaadin-button:text-is('Going')").first().click();
    page.navigate(url("events"));
    page.locator("vaadin-button:has-text('Subscribe in your calendar app')").click();
    page.locator(".subscribe-dialog vaadin-button:has-text('Create an address')").click();
    Locator address = page.locator(".subscribe-dialog .feed-address input");
    assertThat(address).hasValue(Pattern.compile(".*/api/v1/me/calendar.ics\\?token=.+"));
    String feed = java.net.URI.create(address.inputValue()).getRawPath().substring(1) + "?" + java.net.URI.create(address.inputValue()).getRawQuery();
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    var read = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(feed))).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("SUMMARY:" + title);
    page.locator(".subscribe-dialog vaadin-button:has-text('Stop the subscription')").click();
    assertThat(page.getByText("The old address no longer works.")).isVisible();
    assertThat(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(feed))).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    page.context().close();
  }
}
