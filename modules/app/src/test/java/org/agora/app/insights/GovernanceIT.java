package org.agora.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reports and moderation, account disabling, the audit log, ideas, and insights with their permissions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernanceIT {

  /**
   * Without the insights cache: the figures compared with the tables' come from the rollups as they
   * are at that moment, never from an answer the dashboard's warmer computed before the test wrote.
   */
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.agoraWith(TablesOracle.class).addAsLibrary(Deployments.settings("governance", "agora.insights.cache-seconds=0"));
  }

  @ArquillianResource URL base;

  Colleagues hr;
  Api admin;

  @BeforeEach
  void colleagues() {
    hr = Colleagues.of(base, "Customer Success");
    admin = Colleagues.admin(base);
  }

  static String json(String text) {
    return Json.createValue(text).toString();
  }

  static long id(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
    return answer.json().getJsonNumber("id").longValue();
  }

  long community(Api owner, String visibility) {
    String name = "Governance " + visibility + " " + System.nanoTime();
    return id(owner.post("api/v1/communities", "{\"name\":" + json(name) + ",\"visibility\":\"" + visibility + "\"}"));
  }

  long post(Api author, String text, Long communityId) {
    return id(author.post("api/v1/posts", "{\"text\":" + json(text) + (communityId == null ? "" : ",\"communityId\":" + communityId) + "}"));
  }

  @Test
  void aReportedPostIsHiddenAndRestoredByTheCommunitysModerator() {
    long community = community(hr.as(0), "PUBLIC");
    assertThat(hr.as(1).put("api/v1/communities/" + community + "/membership", "{}").status()).isEqualTo(200);
    long post = post(hr.as(1), "Selling my old car, DM me #offtopic", community);

    Api.Answer report = hr.as(2).post("api/v1/reports", "{\"targetType\":\"POST\",\"targetId\":" + post + ",\"reason\":\"OFF_TOPIC\",\"note\":\"not the place\"}");
    assertThat(report.status()).as(report.toString()).isEqualTo(202);
    long caseId = report.json().getJsonNumber("caseId").longValue();
    // A second report of the same post joins the case; reporting again changes nothing.
    hr.as(3).post("api/v1/reports", "{\"targetType\":\"POST\",\"targetId\":" + post + ",\"reason\":\"SPAM\"}");
    hr.as(3).post("api/v1/reports", "{\"targetType\":\"POST\",\"targetId\":" + post + ",\"reason\":\"SPAM\"}");
    assertThat(hr.as(1).post("api/v1/reports", "{\"targetType\":\"POST\",\"targetId\":" + post + ",\"reason\":\"SPAM\"}").status())
        .isEqualTo(400); // not one's own
    assertThat(hr.as(2).post("api/v1/reports", "{\"targetType\":\"POST\",\"targetId\":" + post + "}").contentType())
        .startsWith("application/problem+json");

    // The owner moderates the community: the case is in their queue, not in a plain member's.
    JsonObject queued = hr.as(0).get("api/v1/moderation/cases/" + caseId).json();
    assertThat(queued.getInt("reportCount")).isEqualTo(2);
    assertThat(queued.getJsonArray("reasons").toString()).contains("OFF_TOPIC: not the place", "SPAM");
    assertThat(hr.as(0).get("api/v1/moderation/cases").body()).contains("\"id\":" + caseId + ",");
    assertThat(hr.as(2).get("api/v1/moderation/cases").body()).doesNotContain("\"id\":" + caseId + ",");
    assertThat(hr.as(2).post("api/v1/moderation/cases/" + caseId + "/decision", "{\"decision\":\"HIDE\"}").status()).isEqualTo(403);

    JsonObject hidden = hr.as(0).post("api/v1/moderation/cases/" + caseId + "/decision",
        "{\"decision\":\"HIDE\",\"note\":\"Please use the marketplace community\"}").json();
    assertThat(hidden.getString("status")).isEqualTo("HIDDEN");
    assertThat(hr.as(3).get("api/v1/communities/" + community + "/feed").body()).doesNotContain("Selling my old car");
    assertThat(hr.as(3).get("api/v1/posts/" + post).status()).isEqualTo(404);
    assertThat(hr.as(1).get("api/v1/notifications").body()).contains("MODERATED");

    hr.as(0).post("api/v1/moderation/cases/" + caseId + "/decision", "{\"decision\":\"RESTORE\",\"note\":\"on second thought\"}");
    assertThat(hr.as(3).get("api/v1/communities/" + community + "/feed").body()).contains("Selling my old car");

    String audit = admin.get("api/v1/admin/audit?limit=50").body();
    assertThat(audit).contains("moderation.hide", "moderation.restore");
    Api.Answer csv = admin.get("api/v1/admin/audit?format=csv");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("id,at,actor,action,target_type,target_id,detail").contains("moderation.hide");
    assertThat(hr.as(0).get("api/v1/admin/audit").status()).isEqualTo(403);
  }

  @Test
  void secretContentCannotBeReportedByOutsiders() {
    long secret = community(hr.as(0), "SECRET");
    long post = post(hr.as(0), "Reorganisation plan draft", secret);
    Api.Answer outsider = hr.as(4).post("api/v1/reports", "{\"targetType\":\"POST\",\"targetId\":" + post + ",\"reason\":\"SPAM\"}");
    assertThat(outsider.status()).isEqualTo(404);
  }

  @Test
  void anAdminDisablesAnAccountAndItsContentDisappearsByChoice() {
    Colleagues sales = Colleagues.of(base, "Design");
    int last = 4;
    long person = sales.id(last);
    String text = "Visible until disabled " + System.nanoTime();
    post(sales.as(last), text, null);
    assertThat(sales.as(last).get("api/v1/me").status()).isEqualTo(200);
    assertThat(sales.as(0).post("api/v1/admin/people/" + person + "/disable", "{}").status()).isEqualTo(403);

    JsonObject done = admin.post("api/v1/admin/people/" + person + "/disable", "{\"note\":\"left the company\",\"hideContent\":true}").json();
    assertThat(done.getInt("hiddenPosts")).isGreaterThanOrEqualTo(1);
    assertThat(sales.as(last).get("api/v1/me").status()).isEqualTo(401);
    assertThat(sales.as(0).get("api/v1/people/" + person + "/feed").body()).doesNotContain(text);
    assertThat(admin.get("api/v1/admin/audit").body()).contains("person.disabled", "left the company");

    assertThat(admin.post("api/v1/admin/people/" + person + "/enable", "{}").status()).isEqualTo(204);
    assertThat(sales.as(last).get("api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void ideasAreVotedRankedAndMovedAlongWithVotersNotified() {
    long community = community(hr.as(0), "PUBLIC");
    for (int i = 1; i <= 3; i++) {
      hr.as(i).put("api/v1/communities/" + community + "/membership", "{}");
    }
    long older = id(hr.as(1).post("api/v1/communities/" + community + "/ideas", "{\"text\":\"Quiet room on every floor\"}"));
    long newer = id(hr.as(2).post("api/v1/communities/" + community + "/ideas", "{\"text\":\"Bike leasing for everyone\"}"));
    hr.as(2).put("api/v1/ideas/" + older + "/vote", "{\"value\":1}");
    hr.as(3).put("api/v1/ideas/" + older + "/vote", "{\"value\":1}");
    JsonObject changed = hr.as(3).put("api/v1/ideas/" + older + "/vote", "{\"value\":-1}").json(); // one vote, changeable
    assertThat(changed.getInt("score")).isEqualTo(0);
    assertThat(changed.getInt("votes")).isEqualTo(2);
    assertThat(changed.getInt("myVote")).isEqualTo(-1);
    hr.as(3).put("api/v1/ideas/" + older + "/vote", "{\"value\":1}");
    hr.as(1).put("api/v1/ideas/" + newer + "/vote", "{\"value\":1}");
    assertThat(hr.as(1).put("api/v1/ideas/" + newer + "/vote", "{\"value\":5}").status()).isEqualTo(400);
    assertThat(hr.as(4).put("api/v1/ideas/" + newer + "/vote", "{\"value\":1}").status()).isEqualTo(403); // not a member

    List<Long> top = ids(hr.as(1).get("api/v1/communities/" + community + "/ideas?sort=TOP").body());
    assertThat(top).containsExactly(older, newer);
    assertThat(ids(hr.as(1).get("api/v1/communities/" + community + "/ideas?sort=NEW").body())).containsExactly(newer, older);

    assertThat(hr.as(2).put("api/v1/ideas/" + older + "/status", "{\"status\":\"PLANNED\"}").status()).isEqualTo(403);
    JsonObject planned = hr.as(0).put("api/v1/ideas/" + older + "/status", "{\"status\":\"PLANNED\",\"note\":\"Budget approved for Q3\"}").json();
    assertThat(planned.getString("status")).isEqualTo("PLANNED");
    assertThat(planned.getString("statusNote")).isEqualTo("Budget approved for Q3");
    assertThat(hr.as(2).get("api/v1/notifications").body()).contains("IDEA_STATUS");
    assertThat(hr.as(1).get("api/v1/communities/" + community + "/ideas?status=PLANNED").body()).contains("Quiet room");
  }

  @Test
  void insightsCountOnlyWhatTheirViewerMaySee() {
    String secretTag = "secrettopic" + System.nanoTime() % 100000;
    String openTag = "opentopic" + System.nanoTime() % 100000;
    long secret = community(hr.as(0), "SECRET");
    long open = community(hr.as(0), "PUBLIC");
    for (int i = 0; i < 3; i++) {
      post(hr.as(0), "Planning #" + secretTag + " round " + i, secret);
      post(hr.as(0), "Sharing #" + openTag + " round " + i, open);
    }
    // The organisation's figures leave secret communities out, also for admins.
    String trending = admin.get("api/v1/insights/trending-tags?limit=200").body();
    assertThat(trending).contains(openTag).doesNotContain(secretTag);
    // The secret community's owner sees their community's own figures.
    assertThat(hr.as(0).get("api/v1/insights/trending-tags?community=" + secret).body()).contains(secretTag);
    JsonObject health = hr.as(0).get("api/v1/insights/communities/" + secret + "/health").json();
    assertThat(health.getJsonArray("rows").toString()).contains("\"members\",1");
    // Nobody else learns anything, not even that the community exists.
    assertThat(hr.as(1).get("api/v1/insights/trending-tags?community=" + secret).status()).isEqualTo(404);
    assertThat(hr.as(1).get("api/v1/insights/communities/" + open + "/health").status()).isEqualTo(403);
    assertThat(hr.as(1).get("api/v1/insights/adoption").status()).isEqualTo(403);

    JsonObject adoption = admin.get("api/v1/insights/adoption?period=week&periods=12").json();
    assertThat(adoption.getJsonArray("columns").toString()).isEqualTo("[\"week\",\"department\",\"active_people\"]");
    assertThat(adoption.getJsonArray("rows")).isNotEmpty();
    for (JsonValue row : adoption.getJsonArray("rows")) {
      assertThat(row.asJsonArray().getJsonNumber(2).intValue()).isPositive();
    }
    assertThat(admin.get("api/v1/insights/collaboration/matrix").json().getJsonArray("rows")).isNotEmpty();
    assertThat(admin.get("api/v1/insights/collaboration/index").json().getJsonArray("rows")).isNotEmpty();
    assertThat(admin.get("api/v1/insights/collaboration/communities").json().getJsonArray("rows")).isNotEmpty();
    assertThat(admin.get("api/v1/insights/collaboration/isolated").json().getJsonArray("rows")).isNotEmpty();
    assertThat(admin.get("api/v1/insights/connectors").json().getJsonArray("rows")).isNotEmpty();
    assertThat(admin.get("api/v1/insights/activity?period=day&periods=30").json().getJsonArray("rows")).isNotEmpty();
    Api.Answer csv = admin.get("api/v1/insights/activity/departments?format=csv");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("department,kind,count\r\n");
    assertThat(admin.get("api/v1/insights/adoption?period=year").status()).isEqualTo(400);
  }

  /** The dashboard's organisation figures, and more, as the rollups answer them and as a scan of the tables does. */
  static final List<String> ORGANISATION_FIGURES = List.of(
      "adoption?period=day&periods=30", "adoption?period=week&periods=12", "adoption?period=month&periods=3",
      "activity?period=day&periods=30", "activity?period=week&periods=12", "activity/departments?days=90",
      "collaboration/matrix?days=90", "collaboration/index?weeks=12", "collaboration/isolated?days=90",
      "connectors?days=90", "trending-tags?limit=200");

  @Test
  void insightRollupsGiveTheFiguresOfTheTablesWithoutSecretCommunities() throws SQLException {
    String secretTag = "rollsecret" + System.nanoTime() % 100000;
    String openTag = "rollopen" + System.nanoTime() % 100000;
    long secret = community(hr.as(0), "SECRET");
    long open = community(hr.as(0), "PUBLIC");
    for (int i = 1; i <= 4; i++) {
      assertThat(hr.as(i).put("api/v1/communities/" + open + "/membership", "{}").status()).isEqualTo(200);
    }
    assertThat(admin.put("api/v1/communities/" + open + "/membership", "{}").status()).isEqualTo(200);
    long firstActivity = sql("select coalesce(max(id), 0) + 1 from activity");
    for (int i = 0; i < 4; i++) {
      long inSecret = post(hr.as(0), "Planning #" + secretTag + " round " + i, secret);
      long inOpen = post(hr.as(i % 2), "Sharing #" + openTag + " round " + i + " with @" + hr.username(2), open);
      long onProfile = post(hr.as(2), "Profile note " + i + " #" + openTag, null);
      id(hr.as(3).post("api/v1/posts/" + inOpen + "/comments", "{\"text\":\"Good point " + i + "\"}"));
      id(hr.as(0).post("api/v1/posts/" + inSecret + "/comments", "{\"text\":\"Secret note " + i + "\"}"));
      assertThat(hr.as(4).put("api/v1/posts/" + onProfile + "/reactions", "{\"kind\":\"LIKE\"}").status()).isEqualTo(204);
      assertThat(admin.put("api/v1/posts/" + inOpen + "/reactions", "{\"kind\":\"LIKE\"}").status()).isEqualTo(204);
    }
    // Spread this test's activity over the last days (and the demo's stays where it is), as if it
    // had happened then: completed days come from the rollups, today partly from them and partly live.
    sql("update activity set created_at = created_at - (id % 4) * interval '1 day' where id >= " + firstActivity);
    sql("update reaction set created_at = created_at - (activity_id % 4) * interval '1 day' where activity_id >= " + firstActivity);
    Api.Answer rebuilt = admin.post("api/v1/admin/insights/rollup", "{}");
    assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
    assertThat(rebuilt.json().getInt("steps")).isGreaterThan(1);
    assertThat(hr.as(0).post("api/v1/admin/insights/rollup", "{}").status()).isEqualTo(403);
    assertThat(admin.post("api/v1/admin/insights/rollup?from=yesterday", "{}").status()).isEqualTo(400);
    // Activity after the rollup: read live.
    long late = post(hr.as(1), "Late news #" + openTag, open);
    assertThat(hr.as(2).put("api/v1/posts/" + late + "/reactions", "{\"kind\":\"LIKE\"}").status()).isEqualTo(204);

    assertThat(sql("select count(*) from insights_day_tag where tag = '" + secretTag + "'")).isZero();
    assertThat(sql("select count(*) from insights_day_tag where tag = '" + openTag + "'")).isPositive();
    assertThat(sql("select count(distinct day) from insights_day_person")).isGreaterThan(1);
    for (String figure : ORGANISATION_FIGURES) {
      String rolled = admin.get("api/v1/insights/" + figure).body();
      assertThat(rolled).as(figure).contains("\"rows\":[[").doesNotContain(secretTag);
      assertThat(rolled).as(figure).isEqualTo(admin.get("api/v1/insights/" + figure + (figure.contains("?") ? "&" : "?") + "source=scan").body());
    }
    assertThat(admin.get("api/v1/insights/trending-tags?limit=200").body()).contains(openTag);

    // The open community turns secret: at once out of organisation figures, and rolled up again without it.
    assertThat(hr.as(0).patch("api/v1/communities/" + open, "{\"visibility\":\"SECRET\"}").status()).isEqualTo(200);
    assertThat(admin.post("api/v1/admin/insights/rollup?from=2000-01-01", "{}").status()).isEqualTo(200);
    // Only the four profile notes are left, all in the last 7 days.
    assertThat(admin.get("api/v1/insights/trending-tags?limit=200").body()).contains("[" + json(openTag) + ",4,");
    for (String figure : ORGANISATION_FIGURES) {
      assertThat(admin.get("api/v1/insights/" + figure).body()).as(figure)
          .isEqualTo(admin.get("api/v1/insights/" + figure + (figure.contains("?") ? "&" : "?") + "source=scan").body());
    }
  }

  /** Runs SQL on the test database; answers the first column of the first row of a query, or 0. */
  static long sql(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(System.getProperty("agora.it.db.url"), System.getProperty("agora.it.db.user"), "");
        Statement s = c.createStatement()) {
      if (!s.execute(sql)) {
        return 0;
      }
      try (ResultSet rs = s.getResultSet()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  static List<Long> ids(String jsonArray) {
    return Json.createReader(new java.io.StringReader(jsonArray)).readArray().stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }
}
