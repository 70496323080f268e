package org.agora.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.SharedNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events over the API against the real node: scheduling, the calendar list with a recurring
 * event expanded, answers with a waiting list, who may see what, bad input, the event's iCalendar
 * file and the personal calendar feed a calendar app subscribes to without signing in.
 */
@SharedNode
class EventsIT {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @SharedNode.Base URL base;

  Colleagues people;

  @BeforeEach
  void colleagues() {
    people = Colleagues.of(base, "Customer Success");
  }

  /** Next week's Tuesday at 10:00 in Berlin, so that every run schedules into the future. */
  private static ZonedDateTime nextTuesdayAtTen() {
    return LocalDate.now(BERLIN).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).atTime(10, 0).atZone(BERLIN);
  }

  private static String event(String title, ZonedDateTime start, String extra) {
    return "{\"title\":\"" + title + "\",\"description\":\"Bring questions, ideas; and coffee.\",\"startsAt\":\""
        + start.toOffsetDateTime() + "\",\"endsAt\":\"" + start.plusHours(1).toOffsetDateTime()
        + "\",\"timeZone\":\"Europe/Berlin\",\"location\":\"Room Spree, Berlin\"" + extra + "}";
  }

  private static long created(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().getJsonNumber("id").longValue();
  }

  private static JsonObject rsvp(Api person, long event, String answer) {
    Api.Answer answered = person.put("api/v1/events/" + event + "/rsvp", "{\"answer\":\"" + answer + "\"}");
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    return answered.json();
  }

  private static List<Long> ids(JsonObject attendees, String list) {
    return attendees.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("id").longValue()).toList();
  }

  @Test
  void aWeeklyEventIsListedOncePerOccurrenceAtTheSameLocalTime() {
    String title = "Onboarding Q&A " + System.nanoTime();
    ZonedDateTime start = nextTuesdayAtTen();
    long id = created(people.as(0).post("api/v1/events", event(title, start, ",\"recurrence\":\"FREQ=WEEKLY;BYDAY=TU;COUNT=3\"")));
    JsonObject event = people.as(1).get("api/v1/events/" + id).json();
    assertThat(event.getString("title")).isEqualTo(title);
    assertThat(event.getJsonObject("organiser").getJsonNumber("id").longValue()).isEqualTo(people.id(0));

    String range = "from=" + start.minusDays(1).toInstant() + "&to=" + start.plusWeeks(4).toInstant();
    List<JsonObject> listed = people.as(1).get("api/v1/events?" + range + "&limit=100").json().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().filter(o -> o.getJsonNumber("eventId").longValue() == id).toList();
    assertThat(listed).extracting(o -> ZonedDateTime.parse(o.getString("startsAt")).withZoneSameInstant(BERLIN).toLocalTime().toString())
        .containsExactly("10:00", "10:00", "10:00");
    assertThat(listed).extracting(o -> ZonedDateTime.parse(o.getString("startsAt")).withZoneSameInstant(BERLIN).getDayOfWeek())
        .containsOnly(DayOfWeek.TUESDAY);

    // One answer per occurrence: the second Tuesday only.
    String second = listed.get(1).getString("startsAt");
    assertThat(people.as(2).put("api/v1/events/" + id + "/rsvp?occurrence=" + second, "{\"answer\":\"YES\"}").status()).isEqualTo(200);
    assertThat(people.as(2).get("api/v1/events/" + id + "/attendees?occurrence=" + second).json().getJsonObject("counts").getInt("yes"))
        .isEqualTo(1);
    assertThat(people.as(2).get("api/v1/events/" + id + "/attendees?occurrence=" + listed.get(0).getString("startsAt")).json()
        .getJsonObject("counts").getInt("yes")).isZero();
    Api.Answer notAnOccurrence = people.as(2).put("api/v1/events/" + id + "/rsvp?occurrence=" + start.plusDays(1).toInstant(),
        "{\"answer\":\"YES\"}");
    assertThat(notAnOccurrence.status()).isEqualTo(400);
    assertThat(notAnOccurrence.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aFullEventPutsYesOnAWaitingListAndPromotesInOrderWhenSomeoneDeclines() {
    long id = created(people.as(0).post("api/v1/events", event("Knife skills workshop " + System.nanoTime(), nextTuesdayAtTen(),
        ",\"capacity\":1")));
    assertThat(rsvp(people.as(1), id, "YES").getBoolean("waitlisted")).isFalse();
    assertThat(rsvp(people.as(2), id, "YES").getBoolean("waitlisted")).isTrue();
    assertThat(rsvp(people.as(3), id, "YES").getBoolean("waitlisted")).isTrue();
    JsonObject full = people.as(4).get("api/v1/events/" + id + "/attendees").json();
    assertThat(ids(full, "yes")).containsExactly(people.id(1));
    assertThat(ids(full, "waiting")).containsExactly(people.id(2), people.id(3));
    assertThat(full.containsKey("mine") && !full.isNull("mine")).as("the reader has not answered").isFalse();
    JsonObject waiting = people.as(3).get("api/v1/events/" + id + "/attendees").json().getJsonObject("mine");
    assertThat(waiting.getString("answer")).isEqualTo("YES");
    assertThat(waiting.getBoolean("waitlisted")).isTrue();

    rsvp(people.as(1), id, "NO");
    JsonObject after = people.as(4).get("api/v1/events/" + id + "/attendees").json();
    assertThat(ids(after, "yes")).containsExactly(people.id(2));
    assertThat(ids(after, "waiting")).containsExactly(people.id(3));
    assertThat(ids(after, "no")).containsExactly(people.id(1));
    assertThat(people.as(2).delete("api/v1/events/" + id + "/rsvp").status()).isBetween(200, 204);
    assertThat(ids(people.as(4).get("api/v1/events/" + id + "/attendees").json(), "yes")).containsExactly(people.id(3));
  }

  @Test
  void removingTheCapacityLetsEveryoneWaitingIn() {
    Api organiser = people.as(0);
    long id = created(organiser.post("api/v1/events", event("Tasting " + System.nanoTime(), nextTuesdayAtTen(), ",\"capacity\":1")));
    rsvp(people.as(1), id, "YES");
    assertThat(rsvp(people.as(2), id, "YES").getBoolean("waitlisted")).isTrue();

    Api.Answer changed = organiser.patch("api/v1/events/" + id, "{\"capacity\":0}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().isNull("capacity") || !changed.json().containsKey("capacity")).isTrue();
    JsonObject attendees = people.as(3).get("api/v1/events/" + id + "/attendees").json();
    assertThat(ids(attendees, "yes")).containsExactly(people.id(1), people.id(2));
    assertThat(ids(attendees, "waiting")).isEmpty();
    assertThat(organiser.patch("api/v1/events/" + id, "{\"capacity\":-1}").status()).isEqualTo(400);
  }

  @Test
  void aSecretCommunitysEventIsHiddenFromOutsidersEverywhere() {
    Api owner = people.as(0);
    long community = owner.post("api/v1/communities", "{\"name\":\"Works council prep " + System.nanoTime()
        + "\",\"description\":\"closed\",\"visibility\":\"SECRET\"}").json().getJsonNumber("id").longValue();
    String title = "Closed session " + System.nanoTime();
    ZonedDateTime start = nextTuesdayAtTen();
    long id = created(owner.post("api/v1/events", event(title, start, ",\"communityId\":" + community)));
    Api outsider = Colleagues.of(base, "Engineering").as(0);
    assertThat(outsider.get("api/v1/events/" + id).status()).isEqualTo(404);
    assertThat(outsider.get("api/v1/events/" + id + "/ics").status()).isEqualTo(404);
    assertThat(outsider.get("api/v1/events/" + id + "/attendees").status()).isEqualTo(404);
    assertThat(outsider.put("api/v1/events/" + id + "/rsvp", "{\"answer\":\"YES\"}").status()).isEqualTo(404);
    String range = "from=" + start.minusDays(1).toInstant() + "&to=" + start.plusDays(1).toInstant() + "&limit=100";
    assertThat(outsider.get("api/v1/events?" + range).body()).doesNotContain(title);
    assertThat(owner.get("api/v1/events?" + range).body()).contains(title);
    // Scheduling into it is refused as into a community that does not exist: nothing tells it exists.
    Api.Answer hidden = outsider.post("api/v1/events", event("Not mine", start, ",\"communityId\":" + community));
    Api.Answer missing = outsider.post("api/v1/events", event("Not mine", start, ",\"communityId\":999999999"));
    assertThat(hidden.status()).isEqualTo(400).isEqualTo(missing.status());
    assertThat(hidden.json().getString("detail").replace(String.valueOf(community), "ID"))
        .isEqualTo(missing.json().getString("detail").replace("999999999", "ID"));
  }

  @Test
  void onlyTheOrganiserChangesOrCancelsAndACancelledEventSaysSoInItsCalendarFile() throws Exception {
    long id = created(people.as(0).post("api/v1/events", event("Team lunch " + System.nanoTime(), nextTuesdayAtTen(), "")));
    assertThat(people.as(1).patch("api/v1/events/" + id, "{\"title\":\"Hijacked\"}").status()).isEqualTo(403);
    assertThat(people.as(1).delete("api/v1/events/" + id).status()).isEqualTo(403);
    assertThat(people.as(0).patch("api/v1/events/" + id, "{\"location\":\"Canteen, 2nd floor\"}").status()).isEqualTo(200);

    Api.Answer ics = people.as(1).get("api/v1/events/" + id + "/ics");
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.contentType()).startsWith("text/calendar");
    VEvent vevent = Biweekly.parse(ics.body()).first().getEvents().get(0);
    assertThat(vevent.getUid().getValue()).contains(String.valueOf(id));
    assertThat(vevent.getLocation().getValue()).isEqualTo("Canteen, 2nd floor");
    assertThat(vevent.getDescription().getValue()).isEqualTo("Bring questions, ideas; and coffee.");
    assertThat(ics.body()).contains("DTSTART;TZID=Europe/Berlin").contains("BEGIN:VTIMEZONE");

    assertThat(people.as(0).delete("api/v1/events/" + id).status()).isBetween(200, 204);
    ICalendar cancelled = Biweekly.parse(people.as(1).get("api/v1/events/" + id + "/ics").body()).first();
    assertThat(cancelled.getEvents().get(0).getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(people.as(1).put("api/v1/events/" + id + "/rsvp", "{\"answer\":\"YES\"}").status()).isEqualTo(409);
  }

  @Test
  void aNewEventIsInItsCommunitysStreamAndWhoAnsweredIsToldOfChangesAndTheCancellation() {
    Api organiser = people.as(0);
    long community = organiser.post("api/v1/communities", "{\"name\":\"Sports club " + System.nanoTime()
        + "\",\"description\":\"after work\",\"visibility\":\"PUBLIC\"}").json().getJsonNumber("id").longValue();
    long id = created(organiser.post("api/v1/events", event("Five-a-side " + System.nanoTime(), nextTuesdayAtTen(),
        ",\"communityId\":" + community)));
    String stream = organiser.get("api/v1/communities/" + community + "/feed?limit=5").body();
    assertThat(stream).contains("\"type\":\"SCHEDULED\"").contains("\"objectRef\":\"event:" + id + "\"");

    Api going = people.as(1);
    Api declined = people.as(2);
    rsvp(going, id, "YES");
    rsvp(declined, id, "NO");
    going.post("api/v1/notifications/read-all", "{}");
    assertThat(organiser.patch("api/v1/events/" + id, "{\"location\":\"Pitch 3\"}").status()).isEqualTo(200);
    JsonObject told = going.get("api/v1/notifications?limit=5").json().getJsonArray("items").getJsonObject(0);
    assertThat(told.getString("type")).isEqualTo("EVENT_CHANGED");
    assertThat(told.getString("objectRef")).isEqualTo("event:" + id);
    assertThat(told.getInt("unread")).isEqualTo(1);
    // A second change by the same organiser is the same line, still about one person.
    assertThat(organiser.patch("api/v1/events/" + id, "{\"location\":\"Pitch 4\"}").status()).isEqualTo(200);
    told = going.get("api/v1/notifications?limit=5").json().getJsonArray("items").getJsonObject(0);
    assertThat(told.getInt("unread")).isEqualTo(2);
    assertThat(told.getInt("count")).isEqualTo(1);
    assertThat(told.getString("summary")).endsWith(" changed an event you answered").doesNotContain(" other");
    assertThat(declined.get("api/v1/notifications?limit=20").body()).doesNotContain("EVENT_CHANGED");
    assertThat(organiser.get("api/v1/notifications?limit=20").body()).doesNotContain("EVENT_CHANGED");

    assertThat(organiser.delete("api/v1/events/" + id).status()).isBetween(200, 204);
    assertThat(going.get("api/v1/notifications?limit=5").json().getJsonArray("items").getJsonObject(0).getString("type"))
        .isEqualTo("EVENT_CANCELLED");
  }

  @Test
  void badEventsAreRefusedWithAProblem() {
    ZonedDateTime start = nextTuesdayAtTen();
    Api organiser = people.as(0);
    for (String bad : List.of(
        "{\"title\":\"Backwards\",\"startsAt\":\"" + start.toOffsetDateTime() + "\",\"endsAt\":\"" + start.minusHours(1).toOffsetDateTime()
            + "\",\"timeZone\":\"Europe/Berlin\",\"location\":\"Here\"}",
        event("No such zone", start, "").replace("Europe/Berlin", "Europe/Atlantis"),
        event("Yearly", start, ",\"recurrence\":\"FREQ=YEARLY;COUNT=2\""),
        event("Endless", start, ",\"recurrence\":\"FREQ=WEEKLY;BYDAY=TU\""),
        event("Script", start, ",\"onlineUrl\":\"javascript:alert(1)\""),
        event("Nobody", start, ",\"capacity\":0"),
        event("", start, ""),
        "{\"title\":\"Garbled\",\"startsAt\":\"next tuesday\",\"endsAt\":\"later\",\"timeZone\":\"Europe/Berlin\",\"location\":\"x\"}")) {
      Api.Answer refused = organiser.post("api/v1/events", bad);
      assertThat(refused.status()).as(bad + " answered " + refused).isEqualTo(400);
      assertThat(refused.contentType()).as(bad).startsWith("application/problem+json");
    }
    assertThat(organiser.get("api/v1/events?from=2026-01-01T00:00:00Z&to=2028-01-01T00:00:00Z").status()).isEqualTo(400);
    assertThat(organiser.get("api/v1/events/999999999").status()).isEqualTo(404);
  }

  @Test
  void aCalendarAppSubscribesWithATokenThatCanBeRevoked() throws Exception {
    Api person = people.as(4);
    String title = "All hands " + System.nanoTime();
    long id = created(people.as(0).post("api/v1/events", event(title, nextTuesdayAtTen(), "")));
    rsvp(person, id, "YES");
    Api.Answer token = person.post("api/v1/me/calendar-token", "{}");
    assertThat(token.status()).as(token.toString()).isEqualTo(201);
    String feedUrl = token.json().getString("feedUrl");
    assertThat(feedUrl).contains("/api/v1/me/calendar.ics?token=");

    // The calendar app sends no cookie and no password: the token alone.
    HttpResponse<String> feed = anonymous(feedUrl);
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    assertThat(Biweekly.parse(feed.body()).first().getEvents()).extracting(e -> e.getSummary().getValue()).contains(title);
    assertThat(anonymous(feedUrl.replaceAll("token=.*", "token=not-a-token")).statusCode()).isEqualTo(404);

    assertThat(person.delete("api/v1/me/calendar-token").status()).isEqualTo(204);
    assertThat(anonymous(feedUrl).statusCode()).isEqualTo(404);
  }

  /** The feed's address as a calendar app would fetch it, from this machine's loopback. */
  private HttpResponse<String> anonymous(String feedUrl) throws Exception {
    URI address = URI.create(feedUrl);
    URI local = Api.baseUri(base).resolve(address.getRawPath().substring(1) + "?" + address.getRawQuery());
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(local).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
