package org.agora.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.NewColleagues;
import org.agora.app.testing.NewColleagues.NewColleague;
import org.agora.app.testing.SharedNode;
import org.agora.app.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Onboarding over the API against the real node: a new colleague's checklist ticks itself off as
 * they fill their profile, follow, join and post; the buddy is told and sees their newcomer; the
 * department is asked to say hello on the first post and not on the second; admins only for the
 * settings and buddies; bad input 400; the cohort figure in insights with small months merged.
 */
@SharedNode
class OnboardingIT {

  static final String DEPARTMENT = "Customer Success";

  @SharedNode.Base URL base;

  Api admin;
  Colleagues team;

  @BeforeEach
  void colleagues() {
    admin = Colleagues.admin(base);
    team = Colleagues.of(base, DEPARTMENT);
  }

  long community(String name, String visibility) {
    Api.Answer created = admin.post("api/v1/communities",
        "{\"name\":\"" + name + " " + System.nanoTime() + "\",\"visibility\":\"" + visibility + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  long departmentId() {
    return team.json(0).getJsonObject("department").getJsonNumber("id").longValue();
  }

  static Map<String, JsonObject> steps(Api person) {
    JsonObject checklist = person.get("api/v1/me/onboarding").json();
    assertThat(checklist.getBoolean("newcomer")).isTrue();
    Map<String, JsonObject> steps = new HashMap<>();
    checklist.getJsonArray("steps").getValuesAs(JsonObject.class).forEach(s -> steps.put(s.getString("key"), s));
    return steps;
  }

  static boolean done(Api person, String key) {
    return steps(person).get(key).getBoolean("done");
  }

  /** The person's notifications of one type, as lines. */
  static List<JsonObject> told(Api person, String type) {
    return person.get("api/v1/notifications?limit=50").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(n -> n.getString("type").equals(type)).toList();
  }

  static jakarta.json.JsonArray array(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readArray();
  }

  static void assertProblem(Api.Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aNewColleaguesStepsTickThemselvesOffAndTheBuddyAndDepartmentAreTold() throws Exception {
    long own = community("Customer Success Team", "PUBLIC");
    long recommended = community("Welcome Lounge", "PUBLIC");
    assertThat(admin.put("api/v1/admin/onboarding", "{\"departments\":[{\"departmentId\":" + departmentId()
        + ",\"communityId\":" + own + ",\"recommendedIds\":[" + recommended + "]}]}").status()).isEqualTo(200);
    NewColleague nina = NewColleagues.join(base, DEPARTMENT, "Nina Neumann");
    Api newcomer = nina.api();
    newcomer.post("api/v1/me/policy", "{}");

    // Fresh: every step open, each with a place to do it; no buddy yet.
    JsonObject fresh = newcomer.get("api/v1/me/onboarding").json();
    assertThat(fresh.getBoolean("newcomer")).isTrue();
    assertThat(fresh.isNull("buddy")).isTrue();
    assertThat(fresh.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getString("key"))
        .containsExactly("profile", "colleagues", "communities", "first-post");
    assertThat(fresh.getJsonArray("steps").getValuesAs(JsonObject.class)).noneMatch(s -> s.getBoolean("done"));
    assertThat(steps(newcomer).get("communities").getString("href")).isEqualTo("communities/" + own);
    assertThat(team.as(1).get("api/v1/me/onboarding").json().getBoolean("newcomer")).as("joined long ago").isFalse();

    // The admin gives them a buddy, who is told (the line leads to the newcomer) and sees them.
    assertThat(admin.put("api/v1/people/" + nina.id() + "/buddy", "{\"buddyId\":" + team.id(0) + "}").status()).isEqualTo(204);
    List<JsonObject> buddyLines = told(team.as(0), "BUDDY_ASSIGNED").stream()
        .filter(n -> n.getString("objectRef", "").equals("person:" + nina.id())).toList();
    assertThat(buddyLines).hasSize(1);
    assertThat(buddyLines.get(0).getJsonArray("actors").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(nina.id());
    assertThat(array(team.as(0).get("api/v1/me/onboarding/newcomers")).toString()).contains("Nina Neumann");
    JsonObject withBuddy = newcomer.get("api/v1/me/onboarding").json();
    assertThat(withBuddy.getJsonObject("buddy").getJsonNumber("id").longValue()).isEqualTo(team.id(0));
    assertThat(steps(newcomer).get("buddy").getString("href")).isEqualTo("people/" + team.id(0));

    // Profile: skills and languages are not enough without a photo.
    assertThat(newcomer.patch("api/v1/people/" + nina.id(), "{\"skills\":[\"support\"],\"languages\":[\"English\"]}").status())
        .isEqualTo(200);
    assertThat(done(newcomer, "profile")).isFalse();
    assertThat(uploadPhoto(nina, png())).isEqualTo(204);
    assertThat(done(newcomer, "profile")).isTrue();

    // Following the buddy ticks "meet your buddy"; three colleagues of the department tick "colleagues".
    assertThat(newcomer.put("api/v1/people/" + team.id(0) + "/follow", "").status()).isEqualTo(204);
    assertThat(done(newcomer, "buddy")).isTrue();
    assertThat(done(newcomer, "colleagues")).isFalse();
    newcomer.put("api/v1/people/" + team.id(1) + "/follow", "");
    newcomer.put("api/v1/people/" + team.id(2) + "/follow", "");
    assertThat(done(newcomer, "colleagues")).isTrue();

    // Communities: one of two leads on to the other; both tick the step.
    newcomer.put("api/v1/communities/" + own + "/membership", "{}");
    assertThat(done(newcomer, "communities")).isFalse();
    assertThat(steps(newcomer).get("communities").getString("href")).isEqualTo("communities/" + recommended);
    newcomer.put("api/v1/communities/" + recommended + "/membership", "{}");
    assertThat(done(newcomer, "communities")).isTrue();

    // The first post ticks the last step and asks the department to say hello; the second does not.
    Api.Answer first = newcomer.post("api/v1/posts", "{\"text\":\"Hello everyone, I am Nina and I just joined Customer Success!\"}");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    long firstId = first.json().getJsonNumber("id").longValue();
    assertThat(done(newcomer, "first-post")).isTrue();
    assertThat(steps(newcomer).values()).allMatch(s -> s.getBoolean("done"));
    assertThat(newcomer.post("api/v1/posts", "{\"text\":\"And a second one.\"}").status()).isEqualTo(201);
    for (int i = 1; i < 4; i++) {
      List<JsonObject> hello = told(team.as(i), "NEWCOMER_FIRST_POST").stream()
          .filter(n -> n.getJsonArray("actors").getJsonObject(0).getJsonNumber("id").longValue() == nina.id()).toList();
      assertThat(hello).as("colleague " + i).hasSize(1);
      assertThat(hello.get(0).getJsonNumber("activityId").longValue()).isEqualTo(firstId);
    }
    assertThat(Colleagues.of(base, "Finance").as(0).get("api/v1/notifications?limit=50").body())
        .as("another department is not asked").doesNotContain("\"activityId\":" + firstId);

    // The buddy sees their newcomer's progress; the admin sees them among the newcomers.
    JsonObject progress = array(team.as(0).get("api/v1/me/onboarding/newcomers")).getValuesAs(JsonObject.class)
        .stream().filter(n -> n.getJsonObject("person").getJsonNumber("id").longValue() == nina.id()).findFirst().orElseThrow();
    assertThat(progress.getInt("stepsDone")).isEqualTo(progress.getInt("steps")).isEqualTo(5);
    assertThat(admin.get("api/v1/admin/onboarding/newcomers").body()).contains("Nina Neumann");
    assertThat(admin.delete("api/v1/people/" + nina.id() + "/buddy").status()).isEqualTo(204);
    assertThat(newcomer.get("api/v1/me/onboarding").json().isNull("buddy")).isTrue();
  }

  @Test
  void anAdminMayCountSomeoneWhoJoinedLongAgoAsANewcomer() {
    Api colleague = team.as(4);
    assertThat(colleague.get("api/v1/me/onboarding").json().getBoolean("newcomer")).isFalse();
    assertThat(admin.put("api/v1/admin/onboarding/newcomers/" + team.id(4), "").status()).isEqualTo(204);
    assertThat(colleague.get("api/v1/me/onboarding").json().getBoolean("newcomer")).isTrue();
    assertThat(admin.delete("api/v1/admin/onboarding/newcomers/" + team.id(4)).status()).isEqualTo(204);
    assertThat(colleague.get("api/v1/me/onboarding").json().getBoolean("newcomer")).isFalse();
  }

  @Test
  void onlyAdminsChangeTheSettingsAndBuddies() {
    Api colleague = team.as(2);
    assertProblem(colleague.get("api/v1/admin/onboarding"), 403);
    assertProblem(colleague.put("api/v1/admin/onboarding", "{\"departments\":[]}"), 403);
    assertProblem(colleague.get("api/v1/admin/onboarding/newcomers"), 403);
    assertProblem(colleague.put("api/v1/admin/onboarding/newcomers/" + team.id(2), ""), 403);
    assertProblem(colleague.delete("api/v1/admin/onboarding/newcomers/" + team.id(2)), 403);
    assertProblem(colleague.put("api/v1/people/" + team.id(3) + "/buddy", "{\"buddyId\":" + team.id(2) + "}"), 403);
    assertProblem(colleague.delete("api/v1/people/" + team.id(3) + "/buddy"), 403);
    assertProblem(colleague.get("api/v1/insights/newcomers/cohorts"), 403);
    assertProblem(Api.anonymous(base).get("api/v1/me/onboarding"), 401);
  }

  @Test
  void badInputIsRefusedWith400() {
    long secret = community("Hidden Circle", "SECRET");
    String department = "{\"departmentId\":" + departmentId() + "}";
    assertProblem(admin.put("api/v1/admin/onboarding", "{}"), 400);
    assertProblem(admin.put("api/v1/admin/onboarding", "{\"departments\":\"all\"}"), 400);
    assertProblem(admin.put("api/v1/admin/onboarding", "{\"departments\":[{\"communityId\":1}]}"), 400);
    assertProblem(admin.put("api/v1/admin/onboarding", "{\"departments\":[{\"departmentId\":987654321}]}"), 400);
    assertProblem(admin.put("api/v1/admin/onboarding", "{\"departments\":[" + department + "," + department + "]}"), 400);
    assertProblem(admin.put("api/v1/admin/onboarding", "{\"departments\":[{\"departmentId\":" + departmentId()
        + ",\"communityId\":987654321}]}"), 400);
    Api.Answer secretOne = admin.put("api/v1/admin/onboarding", "{\"departments\":[{\"departmentId\":" + departmentId()
        + ",\"recommendedIds\":[" + secret + "]}]}");
    assertProblem(secretOne, 400);
    assertThat(secretOne.body()).contains("secret");
    NewColleague newcomer = NewColleagues.join(base, DEPARTMENT, "Bruno Beginner");
    assertProblem(admin.put("api/v1/people/" + newcomer.id() + "/buddy", "{}"), 400);
    assertProblem(admin.put("api/v1/people/" + newcomer.id() + "/buddy", "{\"buddyId\":\"x\"}"), 400);
    assertProblem(admin.put("api/v1/people/" + newcomer.id() + "/buddy", "{\"buddyId\":" + newcomer.id() + "}"), 400);
    assertProblem(admin.put("api/v1/people/" + newcomer.id() + "/buddy", "{\"buddyId\":987654321}"), 400);
    assertProblem(admin.put("api/v1/people/" + team.id(1) + "/buddy", "{\"buddyId\":" + team.id(2) + "}"), 404);
    assertProblem(admin.get("api/v1/insights/newcomers/cohorts?months=0"), 400);
  }

  @Test
  void theCohortFigureCountsEachJoinMonthAndMergesSmallOnes() throws Exception {
    for (int i = 0; i < 5; i++) {
      NewColleagues.join(base, DEPARTMENT, "Cohort Member " + i);
    }
    // 24 months: not the dashboard's 12, so the figure is computed now, not taken from the warmed cache.
    Map<String, Long> expected = new HashMap<>();
    try (Connection c = TestDatabase.connect();
        ResultSet rows = c.createStatement().executeQuery(
            "select to_char(date_trunc('month', created_at at time zone 'UTC'), 'YYYY-MM'), count(*) from person"
                + " where created_at >= date_trunc('month', now() at time zone 'UTC') at time zone 'UTC' - interval '23 months'"
                + " group by 1")) {
      while (rows.next()) {
        expected.put(rows.getString(1), rows.getLong(2));
      }
    }
    JsonObject table = admin.get("api/v1/insights/newcomers/cohorts?months=24").json();
    assertThat(table.getJsonArray("columns").toString()).contains("median_days_to_first_post", "median_days_to_first_cross");
    Map<String, Long> shown = new HashMap<>();
    table.getJsonArray("rows").forEach(r -> shown.put(r.asJsonArray().getString(0), r.asJsonArray().getJsonNumber(1).longValue()));
    long small = 0;
    for (var month : expected.entrySet()) {
      if (month.getValue() >= 5) {
        assertThat(shown.get(month.getKey())).as(month.getKey()).isEqualTo(month.getValue());
      } else {
        assertThat(shown).as("a month under 5 is not shown apart").doesNotContainKey(month.getKey());
        small += month.getValue();
      }
    }
    assertThat(small).as("the demo's join dates leave some months small").isPositive();
    assertThat(shown.get("Smaller cohorts")).isEqualTo(small >= 5 ? small : null);
    assertThat(shown.values()).allMatch(n -> n >= 5);
    assertThat(admin.get("api/v1/insights/newcomers/cohorts?months=24&format=csv").body()).startsWith("cohort,people,posted");
  }

  private int uploadPhoto(NewColleague person, byte[] png) throws Exception {
    String basic = Base64.getEncoder().encodeToString((person.username() + ":" + Colleagues.PASSWORD).getBytes());
    HttpRequest request = HttpRequest.newBuilder(Api.baseUri(base).resolve("api/v1/people/" + person.id() + "/photo"))
        .header("Authorization", "Basic " + basic).header("Content-Type", "image/png")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(png)).build();
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static byte[] png() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }
}
