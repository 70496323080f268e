package org.agora.app.privacy;

import static org.agora.app.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.NewColleagues;
import org.agora.app.testing.SharedNode;
import org.agora.app.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The share of communities, bookmarks, events, ideas, surveys and governance in a colleague's
 * data export and erasure, over the privacy API against the real node. Each test erases or
 * exports a colleague of its own, made for it, so that the demo departments stay as they are.
 */
@SharedNode
class PersonalDataModulesIT {

  @SharedNode.Base URL base;

  Api admin;
  Colleagues finance;

  @BeforeEach
  void colleagues() {
    admin = Colleagues.admin(base);
    finance = Colleagues.of(base, "Finance");
  }

  /** A colleague who did one of everything, and what others did around them. */
  record Traces(long personId, String username, String word, long community, long post, String privateUrl,
      String publicUrl, long event, long organised, long idea, long othersIdea, long namedSurvey, long anonymousSurvey) {}

  @Test
  void theExportHoldsEachModulesShareButNoAnonymousAnswer() throws Exception {
    Traces t = traces();
    Api leaver = as(t);
    assertThat(leaver.post("api/v1/me/export", "{}").status()).isEqualTo(202);

    Map<String, String> files = unzip(eventually(() -> download(t), r -> r.statusCode() == 200).body());

    assertThat(files.get("communities/memberships.json")).contains("Leaving do " + t.word(), "\"state\":\"ACTIVE\"");
    assertThat(files.get("bookmarks/bookmarks.json")).contains(t.privateUrl(), t.publicUrl(), "payroll");
    assertThat(files.get("events/answers.json")).contains("Farewell lunch " + t.word(), "\"answer\":\"YES\"");
    assertThat(files.get("events/organised.json")).contains("Handover " + t.word());
    assertThat(files.get("ideas/ideas.json")).contains("\"ideaId\":" + t.idea());
    assertThat(files.get("ideas/votes.json")).contains("\"ideaId\":" + t.othersIdea());
    assertThat(files.get("surveys/named-answers.json")).contains("Named " + t.word(), "named text " + t.word());
    assertThat(files.get("surveys/answered.json")).contains("Named " + t.word(), "Anonymous " + t.word());
    assertThat(files.get("governance/reports-filed.json")).contains("OFF_TOPIC", "belongs elsewhere " + t.word());
    assertThat(String.join("\n", files.values()))
        .as("anonymous answers are not linkable, so not exported").doesNotContain("anonymous text " + t.word())
        .as("dates are ISO").containsPattern("\"createdAt\":\"\\d{4}-\\d\\d-\\d\\dT");
  }

  @Test
  void erasureUnlinksThePersonFromEachModuleAndKeepsOthersFiguresTrue() throws Exception {
    Traces t = traces();
    Api.Answer erased = admin.post("api/v1/admin/people/" + t.personId() + "/erasure", "{\"reason\":\"Left the company\"}");
    assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
    boolean keepContent = erased.json().getBoolean("keepContent");

    try (Connection db = TestDatabase.connect()) {
      long id = t.personId();
      assertThat(count(db, "select count(*) from membership where person_id = ? or invited_by = ?", id, id)).isZero();
      assertThat(count(db, "select count(*) from bookmark where person_id = ?", id)).isEqualTo(keepContent ? 1 : 0);
      assertThat(count(db, "select count(*) from link where url = ?", t.privateUrl())).as("a link only they saved").isZero();
      assertThat(count(db, "select count(*) from calendar_rsvp where person_id = ?", id)).isZero();
      assertThat(count(db, "select count(*) from idea_vote where person_id = ?", id)).isZero();
      assertThat(count(db, "select votes from idea where activity_id = ?", t.othersIdea())).as("recounted").isZero();
      assertThat(count(db, "select count(*) from survey_response where person_id = ?", id)).isZero();
      assertThat(count(db, "select count(*) from survey_response where survey_id = ?", t.namedSurvey()))
          .as("the answers stay, anonymous").isEqualTo(1);
      assertThat(count(db, "select count(*) from survey_respondent where survey_id = ?", t.namedSurvey()))
          .as("as many respondents as responses").isEqualTo(1);
      assertThat(count(db, "select count(*) from report where reporter_id = ?", id)).isZero();
      assertThat(count(db, "select report_count from moderation_case where target_type = 'POST' and target_id = ?", t.post()))
          .isZero();
      assertThat(count(db, "select count(*) from insights_day_person where person_id = ?", id)).isZero();
    }
    JsonObject attendees = finance.as(2).get("api/v1/events/" + t.event() + "/attendees").json();
    assertThat(attendees.getJsonArray("yes").getValuesAs(JsonObject.class))
        .as("the waiting list moved on").extracting(p -> p.getJsonNumber("id").longValue()).containsExactly(finance.id(1));

    assertThat(finance.as(2).get("api/v1/events/" + t.organised()).status()).as("their own event")
        .isEqualTo(keepContent ? 200 : 404);

    Api.Answer again = admin.post("api/v1/admin/people/" + t.personId() + "/erasure", "{\"reason\":\"Left the company\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(Instant.parse(again.json().getString("erasedAt")))
        .isCloseTo(Instant.parse(erased.json().getString("erasedAt")), within(1, ChronoUnit.MILLIS));
  }

  /**
   * A new colleague (the demo's password; no department, so that the demo departments' lists stay
   * as other tests know them): a member, saver, attendee, voter, respondent and reporter.
   */
  Traces traces() throws SQLException {
    String word = Long.toString(System.nanoTime(), 36);
    NewColleagues.NewColleague joined = NewColleagues.join(base, "Finance", "Lea Leaver " + word);
    try (Connection db = TestDatabase.connect();
        PreparedStatement settle = db.prepareStatement(
            "update person set department_id = null, policy_accepted_at = now() where id = ?")) {
      settle.setLong(1, joined.id());
      settle.executeUpdate();
    }
    long personId = joined.id();
    String username = joined.username();
    Api leaver = Api.anonymous(base).as(username, Colleagues.PASSWORD);
    Api owner = finance.as(0);
    Api other = finance.as(1);

    long community = created(owner.post("api/v1/communities", "{\"name\":\"Leaving do " + word
        + "\",\"description\":\"Privacy test\",\"visibility\":\"PUBLIC\"}"));
    for (Api member : List.of(leaver, other)) {
      assertThat(member.put("api/v1/communities/" + community + "/membership", "{}").status()).isEqualTo(200);
    }
    long post = created(owner.post("api/v1/posts", "{\"text\":\"Quarter close " + word + "\",\"communityId\":" + community + "}"));
    assertThat(leaver.post("api/v1/reports", "{\"targetType\":\"POST\",\"targetId\":" + post
        + ",\"reason\":\"OFF_TOPIC\",\"note\":\"belongs elsewhere " + word + "\"}").status()).isEqualTo(202);

    String privateUrl = "https://example.org/private/" + word;
    String publicUrl = "https://example.org/public/" + word;
    created(leaver.post("api/v1/bookmarks", "{\"url\":\"" + privateUrl + "\",\"title\":\"Payslips\","
        + "\"tags\":[\"payroll\"],\"visibility\":\"PRIVATE\"}"));
    created(leaver.post("api/v1/bookmarks", "{\"url\":\"" + publicUrl + "\",\"title\":\"Travel policy\","
        + "\"tags\":[\"travel\"],\"visibility\":\"PUBLIC\"}"));

    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
    long event = created(owner.post("api/v1/events", "{\"title\":\"Farewell lunch " + word + "\",\"startsAt\":\"" + start
        + "\",\"endsAt\":\"" + start.plusHours(1) + "\",\"timeZone\":\"Europe/Berlin\",\"location\":\"Canteen\",\"capacity\":1}"));
    assertThat(leaver.put("api/v1/events/" + event + "/rsvp", "{\"answer\":\"YES\"}").json().getBoolean("waitlisted")).isFalse();
    assertThat(other.put("api/v1/events/" + event + "/rsvp", "{\"answer\":\"YES\"}").json().getBoolean("waitlisted")).isTrue();
    long organised = created(leaver.post("api/v1/events", "{\"title\":\"Handover " + word + "\",\"startsAt\":\""
        + start.plusDays(1) + "\",\"endsAt\":\"" + start.plusDays(1).plusHours(1)
        + "\",\"timeZone\":\"Europe/Berlin\",\"location\":\"Room 2\"}"));

    long idea = created(leaver.post("api/v1/communities/" + community + "/ideas", "{\"text\":\"Standing desks " + word + "\"}"));
    long othersIdea = created(owner.post("api/v1/communities/" + community + "/ideas", "{\"text\":\"Team day " + word + "\"}"));
    assertThat(other.put("api/v1/ideas/" + idea + "/vote", "{\"value\":1}").status()).isEqualTo(200);
    assertThat(leaver.put("api/v1/ideas/" + othersIdea + "/vote", "{\"value\":1}").status()).isEqualTo(200);

    String audience = "{\"kind\":\"COMMUNITY\",\"communityId\":" + community + "}";
    long named = created(owner.post("api/v1/surveys", survey("Named " + word, audience, false)));
    long anonymous = created(owner.post("api/v1/surveys", survey("Anonymous " + word, audience, true)));
    assertThat(leaver.post("api/v1/surveys/" + named + "/responses", answers("named text " + word)).status()).isEqualTo(201);
    assertThat(leaver.post("api/v1/surveys/" + anonymous + "/responses", answers("anonymous text " + word)).status())
        .isEqualTo(201);
    return new Traces(personId, username, word, community, post, privateUrl, publicUrl, event, organised, idea, othersIdea, named,
        anonymous);
  }

  static String survey(String title, String audience, boolean anonymous) {
    return "{\"title\":\"" + title + "\",\"anonymous\":" + anonymous + ",\"closesAt\":\""
        + OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withNano(0) + "\",\"audience\":" + audience
        + ",\"questions\":[{\"kind\":\"SCALE\",\"text\":\"How was your time here?\"},"
        + "{\"kind\":\"TEXT\",\"text\":\"What should we change?\"}]}";
  }

  static String answers(String text) {
    return "{\"answers\":[{\"question\":1,\"scale\":4},{\"question\":2,\"text\":\"" + text + "\"}]}";
  }

  static long created(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
    return answer.json().getJsonNumber("id").longValue();
  }

  Api as(Traces t) {
    return Api.anonymous(base).as(t.username(), Colleagues.PASSWORD);
  }

  /** The ZIP as bytes (Api reads answers as text). */
  HttpResponse<byte[]> download(Traces t) {
    String basic = Base64.getEncoder().encodeToString((t.username() + ":" + Colleagues.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(Api.baseUri(base).resolve("api/v1/me/export"))
        .header("Authorization", "Basic " + basic).header("Accept", "application/zip, application/json")
        .timeout(Duration.ofSeconds(30)).GET().build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  static long count(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }
}
