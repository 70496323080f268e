package org.agora.app.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.Eventually;
import org.agora.app.testing.SharedNode;
import org.agora.app.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff surveys over the API against the real node: who is asked and who is not, once per person,
 * anonymous answers stored apart from who answered, results hidden below five and departments
 * under five merged (in JSON and CSV), named answers changed until close, and bad input.
 */
@SharedNode
class SurveysIT {

  @SharedNode.Base URL base;

  Api admin;
  Colleagues finance;
  Colleagues support;
  Colleagues sales;

  @BeforeEach
  void colleagues() {
    admin = Colleagues.admin(base);
    finance = Colleagues.of(base, "Finance");
    support = Colleagues.of(base, "Customer Success");
    sales = Colleagues.of(base, "Sales");
  }

  static String inDays(int days) {
    return OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(days).withNano(0).toString();
  }

  static String survey(String title, String audience, boolean anonymous) {
    return survey(title, audience, anonymous, inDays(7));
  }

  static String survey(String title, String audience, boolean anonymous, String closesAt) {
    return "{\"title\":\"" + title + "\",\"intro\":\"Five minutes.\",\"anonymous\":" + anonymous + ",\"closesAt\":\"" + closesAt
        + "\",\"audience\":" + audience + ",\"questions\":[{\"kind\":\"SCALE\",\"text\":\"How well informed do you feel?\","
        + "\"lowLabel\":\"Not at all\",\"highLabel\":\"Very well\"},{\"kind\":\"CHOICE\",\"text\":\"Where do you work?\","
        + "\"options\":[\"Office\",\"Home\",\"Both\"]},{\"kind\":\"TEXT\",\"text\":\"What should we change?\"}]}";
  }

  static String answers(int scale, int choice, String text) {
    return "{\"answers\":[{\"question\":1,\"scale\":" + scale + "},{\"question\":2,\"choices\":[" + choice + "]}"
        + (text == null ? "" : ",{\"question\":3,\"text\":\"" + text + "\"}") + "]}";
  }

  static long created(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().getJsonNumber("id").longValue();
  }

  long departmentId(String name) {
    return admin.get("api/v1/departments?limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  String departments(String name) {
    return "{\"kind\":\"DEPARTMENTS\",\"departmentIds\":[" + departmentId(name) + "]}";
  }

  static void assertProblem(Api.Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aDepartmentIsAskedOnceAndAnAnonymousAnswerIsStoredWithoutItsRespondent() throws Exception {
    long id = created(admin.post("api/v1/surveys", survey("Finance pulse " + System.nanoTime(), departments("Finance"), true)));

    assertThat(finance.as(0).get("api/v1/surveys").body()).contains("\"id\":" + id);
    JsonObject read = finance.as(0).get("api/v1/surveys/" + id).json();
    assertThat(read.getString("state")).isEqualTo("OPEN");
    assertThat(read.getBoolean("answered")).isFalse();
    assertThat(read.getBoolean("asked")).isTrue();
    assertThat(admin.get("api/v1/surveys/" + id).json().getBoolean("asked")).as("the admin owns it, not asked").isFalse();
    assertThat(read.getJsonArray("questions")).hasSize(3);
    assertProblem(support.as(0).get("api/v1/surveys/" + id), 404);
    assertProblem(support.as(0).post("api/v1/surveys/" + id + "/responses", answers(3, 1, null)), 404);

    assertThat(finance.as(0).post("api/v1/surveys/" + id + "/responses", answers(4, 2, "More town halls")).status()).isEqualTo(201);
    assertProblem(finance.as(0).post("api/v1/surveys/" + id + "/responses", answers(1, 1, null)), 409);
    assertProblem(finance.as(0).put("api/v1/surveys/" + id + "/responses/mine", answers(1, 1, null)), 409);
    JsonObject after = finance.as(0).get("api/v1/surveys/" + id).json();
    assertThat(after.getBoolean("answered")).isTrue();
    assertThat(after.getJsonArray("myAnswers")).isEmpty();

    try (Connection db = TestDatabase.connect();
        PreparedStatement s = db.prepareStatement("select person_id, changed_at from survey_response where survey_id = ?")) {
      s.setLong(1, id);
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getObject(1)).as("person of an anonymous response").isNull();
        assertThat(rows.getObject(2)).as("time of an anonymous response").isNull();
        assertThat(rows.next()).isFalse();
      }
    }
    JsonObject results = admin.get("api/v1/surveys/" + id + "/results").json();
    assertThat(results.getBoolean("hidden")).isTrue();
    assertThat(results.getInt("responses")).isEqualTo(1);
    assertThat(results.getJsonArray("questions")).isEmpty();
    assertThat(admin.get("api/v1/surveys/" + id + "/results.csv").body()).doesNotContain("More town halls");
    assertProblem(finance.as(1).get("api/v1/surveys/" + id + "/results"), 403);
  }

  @Test
  void resultsShowFromFiveAnswersAndNeverADepartmentOfFewerThanFive() {
    Api owner = support.as(0);
    long community = owner.post("api/v1/communities", "{\"name\":\"Pulse circle " + System.nanoTime()
        + "\",\"description\":\"Survey test\",\"visibility\":\"PUBLIC\"}").json().getJsonNumber("id").longValue();
    List<Api> members = List.of(finance.as(0), finance.as(1), finance.as(2), finance.as(3), sales.as(0),
        owner, support.as(1), support.as(2), support.as(3), support.as(4));
    members.stream().filter(m -> m != owner)
        .forEach(m -> assertThat(m.put("api/v1/communities/" + community + "/membership", "{}").status()).isEqualTo(200));
    long id = created(owner.post("api/v1/surveys", survey("Circle survey " + System.nanoTime(),
        "{\"kind\":\"COMMUNITY\",\"communityId\":" + community + "}", true)));

    JsonObject listedForAdmin = jakarta.json.Json.createReader(new java.io.StringReader(admin.get("api/v1/surveys").body()))
        .readArray().getValuesAs(JsonObject.class).stream().filter(s -> s.getJsonNumber("id").longValue() == id)
        .findFirst().orElseThrow();
    assertThat(listedForAdmin.getBoolean("owned")).as("admins own every survey").isTrue();
    assertThat(listedForAdmin.getBoolean("asked")).isFalse();

    for (int i = 0; i < 4; i++) {
      assertThat(members.get(i).post("api/v1/surveys/" + id + "/responses", answers(2, 1, "finance idea " + i)).status())
          .isEqualTo(201);
    }
    assertThat(owner.get("api/v1/surveys/" + id + "/results").json().getBoolean("hidden")).isTrue();
    assertThat(members.get(4).post("api/v1/surveys/" + id + "/responses", answers(1, 3, null)).status()).isEqualTo(201);
    JsonObject five = owner.get("api/v1/surveys/" + id + "/results").json();
    assertThat(five.getBoolean("hidden")).isFalse();
    JsonObject scale = five.getJsonArray("questions").getJsonObject(0);
    assertThat(scale.getJsonNumber("mean").doubleValue()).isEqualTo(1.8);
    assertThat(scale.getJsonArray("byDepartment")).as("five answers from two departments: nothing apart").isEmpty();
    assertThat(five.getJsonArray("questions").getJsonObject(2).getJsonArray("texts")).hasSize(4);

    for (int i = 5; i < 10; i++) {
      assertThat(members.get(i).post("api/v1/surveys/" + id + "/responses", answers(5, 2, null)).status()).isEqualTo(201);
    }
    Api.Answer ten = owner.get("api/v1/surveys/" + id + "/results");
    List<JsonObject> groups = ten.json().getJsonArray("questions").getJsonObject(0).getJsonArray("byDepartment")
        .getValuesAs(JsonObject.class);
    assertThat(groups).extracting(g -> g.getInt("responses")).containsExactly(5, 5);
    assertThat(groups.get(0).getString("department")).isEqualTo("Customer Success");
    assertThat(groups.get(1).getBoolean("other")).isTrue();
    assertThat(ten.body()).doesNotContain("\"Finance\"", "\"Sales\"", finance.username(0), sales.username(0));
    String csv = owner.get("api/v1/surveys/" + id + "/results.csv").body();
    assertThat(csv).contains("Customer Success", "other departments", "finance idea 3").doesNotContain("Finance,", "Sales,");
    assertProblem(members.get(0).get("api/v1/surveys/" + id + "/results"), 403);
  }

  @Test
  void aNamedSurveysAnswersChangeUntilItCloses() {
    long id = created(admin.post("api/v1/surveys", survey("Team lunch " + System.nanoTime(), departments("Finance"), false)));
    Api person = finance.as(2);
    assertProblem(person.put("api/v1/surveys/" + id + "/responses/mine", answers(3, 1, null)), 409);
    assertThat(person.post("api/v1/surveys/" + id + "/responses", answers(3, 1, "Pizza")).status()).isEqualTo(201);
    assertThat(person.put("api/v1/surveys/" + id + "/responses/mine", answers(5, 3, "Sushi")).status()).isEqualTo(204);
    JsonObject mine = person.get("api/v1/surveys/" + id).json();
    assertThat(mine.getJsonArray("myAnswers").getJsonObject(0).getInt("scale")).isEqualTo(5);
    assertThat(mine.getJsonArray("myAnswers").getJsonObject(2).getString("text")).isEqualTo("Sushi");

    assertProblem(person.post("api/v1/surveys/" + id + "/close", ""), 403);
    assertThat(admin.post("api/v1/surveys/" + id + "/close", "").status()).isEqualTo(204);
    assertThat(person.get("api/v1/surveys/" + id).json().getString("state")).isEqualTo("CLOSED");
    assertProblem(person.put("api/v1/surveys/" + id + "/responses/mine", answers(1, 1, null)), 409);
    assertProblem(finance.as(3).post("api/v1/surveys/" + id + "/responses", answers(1, 1, null)), 409);
  }

  @Test
  void whoHasNotAnsweredIsRemindedOnceInTheLastQuarterAndWhoHasIsNot() {
    String closes = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(12).toString();
    String body = survey("Quick check " + System.nanoTime(), departments("Sales"), true, closes);
    long id = created(admin.post("api/v1/surveys", body));
    assertThat(sales.as(1).post("api/v1/surveys/" + id + "/responses", answers(3, 1, null)).status()).isEqualTo(201);

    Eventually.eventually(() -> sales.as(2).get("api/v1/notifications?limit=50").body(), b -> reminderFor(b, id));
    assertThat(reminderFor(sales.as(2).get("api/v1/notifications?limit=50").body(), id)).as("who has not answered is reminded")
        .isTrue();
    assertThat(reminderFor(sales.as(1).get("api/v1/notifications?limit=50").body(), id)).as("who answered is reminded").isFalse();
  }

  /** Whether a notification list holds a reminder about this survey. */
  static boolean reminderFor(String notifications, long id) {
    return jakarta.json.Json.createReader(new java.io.StringReader(notifications)).readObject().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream()
        .anyMatch(n -> n.getString("type").equals("SURVEY_REMINDER") && ("survey:" + id).equals(n.getString("objectRef", null)));
  }

  @Test
  void badInputIsAProblemNeverAServerError() {
    String finance = departments("Finance");
    assertProblem(admin.post("api/v1/surveys", survey("x", finance, true, "1999-12-24T17:00:00+01:00")), 400);
    String eleven = "[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]";
    assertProblem(admin.post("api/v1/surveys", survey("x", finance, true).replace("[\"Office\",\"Home\",\"Both\"]", eleven)), 400);
    assertProblem(admin.post("api/v1/surveys", survey("x", finance, true).replace("\"SCALE\"", "\"RANKING\"")), 400);
    assertProblem(admin.post("api/v1/surveys", survey("x", "{\"kind\":\"DEPARTMENTS\",\"departmentIds\":[987654321]}", true)), 400);
    assertProblem(admin.post("api/v1/surveys", "{\"title\":\"x\"}"), 400);
    assertProblem(support.as(0).post("api/v1/surveys", survey("x", "{\"kind\":\"EVERYONE\"}", true)), 403);
    assertProblem(support.as(0).post("api/v1/surveys", survey("x", "{\"kind\":\"COMMUNITY\",\"communityId\":987654321}", true)), 403);

    long id = created(admin.post("api/v1/surveys", survey("Odd answers " + System.nanoTime(), finance, true)));
    assertProblem(this.finance.as(4).post("api/v1/surveys/" + id + "/responses", answers(7, 1, null)), 400);
    assertProblem(this.finance.as(4).post("api/v1/surveys/" + id + "/responses", answers(3, 4, null)), 400);
    assertProblem(this.finance.as(4).post("api/v1/surveys/" + id + "/responses", "{\"answers\":[{\"question\":1,\"scale\":3}]}"), 400);
    assertProblem(this.finance.as(4).post("api/v1/surveys/" + id + "/responses", "{\"answers\":[null]}"), 400);
    assertProblem(admin.get("api/v1/surveys/987654321"), 404);
  }
}
