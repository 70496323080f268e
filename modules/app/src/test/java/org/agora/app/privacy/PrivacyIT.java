package org.agora.app.privacy;

import static org.agora.app.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.NewColleagues;
import org.agora.app.testing.SharedNode;
import org.agora.app.testing.TestDatabase;
import org.agora.app.testing.TestSearch;
import org.agora.app.testing.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's data export and an admin's erasure over the API against the real node: the export
 * holds what the person wrote and not what they could merely read, their photo and no token
 * secret; erasure leaves nothing of their name, username or email in any column of any table, in
 * Elasticsearch or in a colleague's feed; it is idempotent and for admins only. Each test acts on a
 * colleague made for it, so the demo departments stay as they are.
 */
@SharedNode
class PrivacyIT {

  @SharedNode.Base URL base;

  Api admin;
  Colleagues finance;

  @BeforeEach
  void colleagues() {
    admin = Colleagues.admin(base);
    finance = Colleagues.of(base, "Finance");
  }

  /** A new colleague in Finance who accepted the usage policy. */
  record Person(long id, String username, String name, String email, Api api) {}

  Person newPerson(String first) throws SQLException {
    String name = first + " " + Long.toString(System.nanoTime(), 36);
    NewColleagues.NewColleague joined = NewColleagues.join(base, "Finance", name);
    try (Connection db = TestDatabase.connect();
        PreparedStatement accept = db.prepareStatement("update person set policy_accepted_at = now() where id = ?")) {
      accept.setLong(1, joined.id());
      accept.executeUpdate();
    }
    return new Person(joined.id(), joined.username(), name, joined.username() + "@agora.example", joined.api());
  }

  @Test
  void theExportHoldsWhatThePersonWroteTheirPhotoAndNoSecret() throws Exception {
    Person priya = newPerson("Priya Portable");
    Api owner = finance.as(0);
    long community = created(owner.post("api/v1/communities", "{\"name\":\"Budget talk " + priya.id()
        + "\",\"description\":\"Export test\",\"visibility\":\"PUBLIC\"}"));
    assertThat(priya.api().put("api/v1/communities/" + community + "/membership", "{}").status()).isEqualTo(200);
    long othersPost = created(owner.post("api/v1/posts", "{\"text\":\"Owner only words " + priya.id() + "\",\"communityId\":"
        + community + "}"));
    created(priya.api().post("api/v1/posts", "{\"text\":\"Priya wrote this " + priya.id() + "\",\"communityId\":" + community + "}"));
    assertThat(priya.api().put("api/v1/posts/" + othersPost + "/reactions", "{\"kind\":\"INSIGHTFUL\"}").status()).isIn(200, 204);
    assertThat(priya.api().get("api/v1/posts/" + othersPost).body()).as("she can read it").contains("Owner only words");
    assertThat(uploadPhoto(priya)).isEqualTo(204);
    String secret = created(priya.api().post("api/v1/me/tokens", "{\"name\":\"laptop " + priya.id() + "\"}"), "token");

    assertProblem(priya.api().get("api/v1/me/export"), 404);
    Api.Answer started = priya.api().post("api/v1/me/export", "{}");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    assertThat(started.header("Location")).endsWith("/api/v1/me/export");
    assertThat(started.json().getString("status")).isIn("PENDING", "RUNNING", "READY");
    Api.Answer again = priya.api().post("api/v1/me/export", "{}");
    assertProblem(again, 429);
    assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(3000L, 3600L);

    HttpResponse<byte[]> zip = eventually(() -> download(priya), r -> r.statusCode() == 200);
    assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
    assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains(".zip");
    Map<String, String> files = Zips.unzip(zip.body());
    String everything = String.join("\n", files.values());
    assertThat(files.get("activity/posts.json")).contains("Priya wrote this " + priya.id());
    assertThat(everything).as("what she could merely read").doesNotContain("Owner only words " + priya.id());
    assertThat(files.get("activity/reactions.json")).contains("\"activityId\":" + othersPost, "INSIGHTFUL");
    assertThat(files.get("people/profile.json")).contains(priya.name(), priya.email());
    assertThat(files.get("people/tokens.json")).contains("laptop " + priya.id());
    assertThat(everything).as("never a secret").doesNotContain(secret);
    assertThat(files).containsKey("people/photo.png");
    assertThat(files.get("people/photo.png")).as("a PNG").startsWith("\uFFFDPNG");
    assertThat(files.get("README.txt")).contains("activity/posts.json", "people/photo.png", "Anonymous survey answers");
  }

  @Test
  void erasureLeavesNoTraceOfThePersonAnywhere() throws Exception {
    Person erin = newPerson("Erin Erasable");
    Api colleague = finance.as(1);
    assertThat(colleague.put("api/v1/people/" + erin.id() + "/follow", "{}").status()).isEqualTo(204);
    assertThat(erin.api().put("api/v1/people/" + finance.id(1) + "/follow", "{}").status()).isEqualTo(204);
    long post = created(erin.api().post("api/v1/posts", "{\"text\":\"Handing over the ledger " + erin.id() + "\"}"));
    created(colleague.post("api/v1/posts/" + post + "/comments", "{\"text\":\"Thank you @" + erin.username() + "!\"}"));
    long colleaguesPost = created(colleague.post("api/v1/posts", "{\"text\":\"Farewell cake at three " + erin.id() + "\"}"));
    assertThat(erin.api().put("api/v1/posts/" + colleaguesPost + "/reactions", "{\"kind\":\"CELEBRATE\"}").status())
        .isIn(200, 204);
    assertThat(uploadPhoto(erin)).isEqualTo(204);
    created(erin.api().post("api/v1/me/tokens", "{\"name\":\"phone\"}"), "token");
    assertThat(erin.api().post("api/v1/me/export", "{}").status()).isEqualTo(202);
    List<String> traces = List.of(erin.name(), erin.username(), erin.email());
    eventually(() -> searchHits(erin.name()), hits -> hits > 0); // the check below would see her

    Api.Answer plain = finance.as(2).post("api/v1/admin/people/" + erin.id() + "/erasure", "{\"reason\":\"Left\"}");
    assertThat(plain.status()).isEqualTo(403);
    assertProblem(admin.post("api/v1/admin/people/" + erin.id() + "/erasure", "{\"reason\":\" \"}"), 400);
    assertProblem(admin.post("api/v1/admin/people/99999999/erasure", "{\"reason\":\"Left\"}"), 404);
    long adminId = admin.get("api/v1/me").json().getJsonNumber("id").longValue();
    assertProblem(admin.post("api/v1/admin/people/" + adminId + "/erasure", "{\"reason\":\"Me\"}"), 409);

    Api.Answer erased = admin.post("api/v1/admin/people/" + erin.id() + "/erasure", "{\"reason\":\"Left the company, ticket 4711\"}");
    assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
    assertThat(erased.json().getBoolean("keepContent")).as("the default keeps what she wrote").isTrue();

    assertThat(erin.api().get("api/v1/me").status()).as("she can no longer sign in").isEqualTo(401);
    try (Connection db = TestDatabase.connect()) {
      assertThat(columnsHolding(db, traces)).as("columns that still hold her name, username or email").isEmpty();
      assertThat(PersonalDataModulesIT.count(db, "select count(*) from person_photo where person_id = ?", erin.id())).isZero();
      assertThat(PersonalDataModulesIT.count(db, "select count(*) from access_token where person_id = ?", erin.id())).isZero();
      assertThat(PersonalDataModulesIT.count(db, "select count(*) from follow where follower_id = ? or followee_id = ?",
          erin.id(), erin.id())).isZero();
      assertThat(PersonalDataModulesIT.count(db, "select count(*) from reaction where person_id = ?", erin.id())).isZero();
      assertThat(PersonalDataModulesIT.count(db, "select count(*) from data_export where person_id = ?", erin.id())).isZero();
      assertThat(PersonalDataModulesIT.count(db, "select count(*) from audit_log where action = 'person.erased'"
          + " and target_id = ? and detail like '%ticket 4711%'", erin.id())).as("the audit log keeps why").isEqualTo(1);
    }
    for (String trace : traces) {
      eventually(() -> searchHits(trace), hits -> hits == 0);
    }

    JsonObject profile = admin.get("api/v1/people/" + erin.id()).json();
    assertThat(profile.toString()).doesNotContain(erin.name()).doesNotContain(erin.username()).doesNotContain(erin.email());
    String feed = colleague.get("api/v1/feed/home?limit=100").body();
    assertThat(feed).doesNotContain(erin.name()).doesNotContain(erin.username());
    assertThat(colleague.get("api/v1/posts/" + post).body()).contains("Former colleague", "Handing over the ledger")
        .doesNotContain(erin.name()).doesNotContain("@" + erin.username());

    Api.Answer again = admin.post("api/v1/admin/people/" + erin.id() + "/erasure", "{\"reason\":\"Left the company, ticket 4711\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json()).isEqualTo(erased.json());
  }

  /** Every text, varchar and JSON column of every table and view that holds one of the strings: "table.column". */
  static List<String> columnsHolding(Connection db, List<String> strings) throws SQLException {
    record Column(String table, String name) {}
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement("select table_name, column_name from information_schema.columns"
        + " where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        columns.add(new Column(rows.getString(1), rows.getString(2)));
      }
    }
    List<String> holding = new ArrayList<>();
    for (Column column : columns) {
      for (String s : strings) {
        String sql = "select count(*) from \"" + column.table() + "\" where position(lower(?) in lower(\"" + column.name()
            + "\"::text)) > 0";
        if (PersonalDataModulesIT.count(db, sql, s) > 0) {
          holding.add(column.table() + "." + column.name() + " holds " + s);
        }
      }
    }
    return holding;
  }

  /** Hits for the exact string in any field of any Agora index. */
  static int searchHits(String text) {
    String body = "{\"query\":{\"query_string\":{\"query\":" + Json.createValue("\"" + text + "\"")
        + ",\"default_field\":\"*\",\"lenient\":true}}}";
    HttpRequest request = HttpRequest.newBuilder(URI.create(TestSearch.url() + "/agora-*/_search?ignore_unavailable=true"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> answer = send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Json.createReader(new java.io.StringReader(answer.body())).readObject()
        .getJsonObject("hits").getJsonObject("total").getInt("value");
  }

  HttpResponse<byte[]> download(Person person) {
    return send(authorized(person, "api/v1/me/export").header("Accept", "application/zip, application/json").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  int uploadPhoto(Person person) throws IOException {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return send(authorized(person, "api/v1/people/" + person.id() + "/photo").header("Content-Type", "image/png")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  HttpRequest.Builder authorized(Person person, String path) {
    String basic = Base64.getEncoder().encodeToString((person.username() + ":" + Colleagues.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(Api.baseUri(base).resolve(path)).header("Authorization", "Basic " + basic)
        .timeout(Duration.ofSeconds(30));
  }

  static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static long created(Api.Answer answer) {
    return PersonalDataModulesIT.created(answer);
  }

  static String created(Api.Answer answer, String field) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().getString(field);
  }

  static void assertProblem(Api.Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }
}
