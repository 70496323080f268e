package org.agora.app.announcements;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.Eventually;
import org.agora.app.testing.SharedNode;
import org.agora.app.testing.Stream;
import org.agora.app.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Announcements over the API and the live stream against the real node: a must-read community
 * announcement that its members confirm and its author counts, outsiders who never see nor count,
 * who may post, bad input, the reminder, the switched-off named reach, and the live frame.
 */
@SharedNode
class AnnouncementsIT {

  static final Duration WAIT = Duration.ofSeconds(10);

  @SharedNode.Base URL base;

  Api admin;
  Colleagues support;
  Colleagues finance;
  Colleagues sales;
  final List<Long> posted = new ArrayList<>();

  @BeforeEach
  void colleagues() {
    admin = Colleagues.admin(base);
    support = Colleagues.of(base, "Customer Success");
    finance = Colleagues.of(base, "Finance");
    sales = Colleagues.of(base, "Sales");
  }

  /** What these tests pinned is unpinned, so that other tests' home pages stay as they were. */
  @AfterEach
  void unpin() throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement s = db.prepareStatement("update announcement set pinned_until = now() where id = ?")) {
      for (long id : posted) {
        s.setLong(1, id);
        s.executeUpdate();
      }
    }
  }

  static String announcement(String text, Long communityId, boolean mustRead, String pinnedUntil) {
    return "{\"text\":\"" + text + "\",\"mustRead\":" + mustRead + ",\"pinnedUntil\":\"" + pinnedUntil + "\""
        + (communityId == null ? "" : ",\"communityId\":" + communityId) + "}";
  }

  static String tomorrow() {
    return LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
  }

  long post(Api author, String body) {
    Api.Answer answer = author.post("api/v1/announcements", body);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    long id = answer.json().getJsonNumber("id").longValue();
    assertThat(answer.header("Location")).endsWith("/api/v1/announcements/" + id);
    assertThat(answer.json().getJsonNumber("activityId").longValue()).isPositive();
    posted.add(id);
    return id;
  }

  /** A public community of {@code owner} that {@code members} joined. */
  static long community(Api owner, Api... members) {
    long community = owner.post("api/v1/communities", "{\"name\":\"Notice board " + System.nanoTime()
        + "\",\"description\":\"Announcements test\",\"visibility\":\"PUBLIC\"}").json().getJsonNumber("id").longValue();
    for (Api member : members) {
      assertThat(member.put("api/v1/communities/" + community + "/membership", "{}").status()).isEqualTo(200);
    }
    return community;
  }

  static List<JsonObject> current(Api reader) {
    Api.Answer answer = reader.get("api/v1/announcements");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return Json.createReader(new StringReader(answer.body())).readArray().getValuesAs(JsonObject.class);
  }

  static boolean lists(Api reader, long id) {
    return current(reader).stream().anyMatch(a -> a.getJsonNumber("id").longValue() == id);
  }

  static void assertProblem(Api.Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aMustReadAnnouncementIsConfirmedByOneOfTwoAndItsAuthorSeesOneOfTwo() {
    Api owner = support.as(0);
    Api first = finance.as(0);
    Api second = sales.as(0);
    Api outsider = sales.as(1);
    long community = community(owner, first, second);
    long id = post(owner, announcement("**Fire drill** on Friday at 10:00", community, true, tomorrow()));

    JsonObject listed = current(first).stream().filter(a -> a.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    assertThat(listed.getString("html")).contains("<strong>Fire drill</strong>");
    assertThat(listed.getBoolean("mustRead")).isTrue();
    assertThat(listed.getBoolean("confirmed")).isFalse();
    assertThat(listed.getJsonObject("author").getJsonNumber("id").longValue()).isEqualTo(support.id(0));
    assertThat(lists(second, id)).isTrue();
    assertThat(lists(outsider, id)).as("an outsider's list").isFalse();
    assertProblem(outsider.get("api/v1/announcements/" + id), 404);
    assertProblem(outsider.put("api/v1/announcements/" + id + "/read", ""), 404);
    assertProblem(outsider.get("api/v1/announcements/" + id + "/reach"), 404);

    assertThat(first.put("api/v1/announcements/" + id + "/read", "").status()).isEqualTo(204);
    assertThat(second.put("api/v1/announcements/" + id + "/seen", "").status()).isEqualTo(204);
    assertProblem(second.put("api/v1/announcements/" + id + "/dismiss", ""), 409);
    assertThat(lists(first, id)).as("confirmed: no longer pinned for them").isFalse();
    assertThat(current(second).stream().filter(a -> a.getJsonNumber("id").longValue() == id).findFirst().orElseThrow()
        .getBoolean("seen")).isTrue();

    JsonObject reach = owner.get("api/v1/announcements/" + id + "/reach").json();
    assertThat(reach.getInt("audience")).as("its two members; the author is not asked").isEqualTo(2);
    assertThat(reach.getInt("seen")).isEqualTo(2);
    assertThat(reach.getInt("confirmed")).isEqualTo(1);
    List<JsonObject> departments = reach.getJsonArray("byDepartment").getValuesAs(JsonObject.class);
    assertThat(departments).hasSize(1);
    assertThat(departments.get(0).getString("department")).as("two departments of one person: merged").isEqualTo("other");
    assertThat(admin.get("api/v1/announcements/" + id + "/reach").json().getInt("confirmed")).isEqualTo(1);
    assertProblem(second.get("api/v1/announcements/" + id + "/reach"), 403);

    Api.Answer named = owner.get("api/v1/announcements/" + id + "/reach/unconfirmed.csv");
    assertProblem(named, 404);
    assertThat(named.body()).contains("switched off");
  }

  @Test
  void adminsAnnounceToEveryoneAndBadInputIsAProblem() {
    assertProblem(support.as(1).post("api/v1/announcements", announcement("Hello all", null, false, tomorrow())), 403);
    long community = community(support.as(2), finance.as(1));
    assertProblem(finance.as(1).post("api/v1/announcements", announcement("Members only", community, false, tomorrow())), 403);
    assertProblem(finance.as(1).post("api/v1/announcements", announcement("Nowhere", 987654321L, false, tomorrow())), 404);

    assertProblem(admin.post("api/v1/announcements", announcement(" ", null, false, tomorrow())), 400);
    assertProblem(admin.post("api/v1/announcements", announcement("Late", null, false, "2001-01-01")), 400);
    assertProblem(admin.post("api/v1/announcements", announcement("Far", null, false,
        LocalDate.now(ZoneOffset.UTC).plusYears(2).toString())), 400);
    assertProblem(admin.post("api/v1/announcements", announcement("When", null, false, "next friday")), 400);
    assertProblem(admin.post("api/v1/announcements", "{\"text\":\"x\",\"mustRead\":\"yes\",\"pinnedUntil\":\"" + tomorrow() + "\"}"), 400);
    assertProblem(admin.post("api/v1/announcements", "{\"text\":\"x\"}"), 400);
    assertProblem(admin.get("api/v1/announcements/987654321"), 404);

    long id = post(admin, announcement("Canteen closed today", null, false, Instant.now().plusSeconds(120).toString()));
    assertThat(lists(sales.as(3), id)).isTrue();
    assertThat(sales.as(3).put("api/v1/announcements/" + id + "/dismiss", "").status()).isEqualTo(204);
    assertThat(lists(sales.as(3), id)).as("dismissed").isFalse();
    assertProblem(sales.as(3).put("api/v1/announcements/" + id + "/read", ""), 409);
  }

  @Test
  void whoHasNotConfirmedIsRemindedOnceAndWhoHasIsNot() throws Exception {
    Api owner = support.as(3);
    long community = community(owner, finance.as(2), finance.as(3));
    long id = post(owner, announcement("New travel policy " + System.nanoTime(), community, true, tomorrow()));
    long activityId = owner.get("api/v1/announcements/" + id).json().getJsonNumber("activityId").longValue();
    assertThat(finance.as(2).put("api/v1/announcements/" + id + "/read", "").status()).isEqualTo(204);
    try (Connection db = TestDatabase.connect();
        PreparedStatement s = db.prepareStatement("update announcement set created_at = now() - interval '4 days' where id = ?")) {
      s.setLong(1, id); // as if posted four days ago: past agora.announcements.remind-after-days
      s.executeUpdate();
    }
    Eventually.eventually(() -> finance.as(3).get("api/v1/notifications?limit=50").body(), b -> reminderFor(b, activityId));
    assertThat(reminderFor(finance.as(2).get("api/v1/notifications?limit=50").body(), activityId))
        .as("who confirmed is not reminded").isFalse();
  }

  static boolean reminderFor(String notifications, long activityId) {
    return Json.createReader(new StringReader(notifications)).readObject().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream()
        .anyMatch(n -> n.getString("type").equals("ANNOUNCEMENT_REMINDER") && !n.isNull("activityId")
            && n.getJsonNumber("activityId").longValue() == activityId);
  }

  @Test
  void aNewAnnouncementReachesEveryOpenStreamOfItsAudienceAtOnce() {
    URI root = Api.baseUri(base);
    Api owner = support.as(4);
    long community = community(owner, sales.as(4));
    try (Stream member = Stream.open(root, sales.username(4), Colleagues.PASSWORD, null);
        Stream outsider = Stream.open(root, finance.username(4), Colleagues.PASSWORD, null)) {
      member.next("counts", WAIT);
      outsider.next("counts", WAIT);
      long everyone = post(admin, announcement("All hands at 3", null, false, Instant.now().plusSeconds(120).toString()));
      for (Stream stream : List.of(member, outsider)) {
        JsonObject frame = stream.next(f -> f.getString("type").equals("announcement")
            && f.getJsonNumber("announcementId").longValue() == everyone, WAIT);
        assertThat(frame.getJsonNumber("activityId").longValue()).isPositive();
        assertThat(frame.getJsonNumber("cursor").longValue()).isPositive();
        assertThat(frame.getJsonNumber("committedAt").longValue()).isPositive();
        assertThat(frame.containsKey("communityId")).isFalse();
      }
      long local = post(owner, announcement("Members' meeting", community, false, tomorrow()));
      JsonObject frame = member.next(f -> f.getString("type").equals("announcement")
          && f.getJsonNumber("announcementId").longValue() == local, WAIT);
      assertThat(frame.getJsonNumber("communityId").longValue()).isEqualTo(community);
      assertThat(outsider.drain(Duration.ofSeconds(2))).as("an outsider's frames")
          .noneMatch(f -> f.getString("type").equals("announcement") && f.getJsonNumber("announcementId").longValue() == local);
    }
  }
}
