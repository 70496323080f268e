package org.agora.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.agora.app.testing.Api;
import org.agora.app.testing.SharedNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Profiles, following, skills and endorsements over the API, as colleagues use them. */
@SharedNode
class PeopleIT {

  static final String PASSWORD = "agora-demo";

  @SharedNode.Base URL base;

  Api admin;
  List<JsonObject> engineers;

  @BeforeEach
  void colleagues() {
    admin = Api.anonymous(base).as("admin", PASSWORD);
    engineers =
        admin.get("api/v1/people?department=Engineering&limit=100").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(engineers).hasSizeGreaterThanOrEqualTo(4);
  }

  Api as(JsonObject person) {
    return Api.anonymous(base).as(person.getString("username"), PASSWORD);
  }

  long id(JsonObject person) {
    return person.getJsonNumber("id").longValue();
  }

  @Test
  void aPersonEditsTheirOwnProfileAndSkillAliasesMeet() {
    JsonObject anna = engineers.get(0);
    Api.Answer edited =
        as(anna).patch("api/v1/people/" + id(anna),
            "{\"title\":\"Principal <b>Engineer</b>\",\"skills\":[\"K8s\",\"  Java \",\"Postgres\",\"java\"],"
                + "\"languages\":[\"German\",\"English\"],\"about\":\"Ask me about <script>x</script>clusters\"}");
    assertThat(edited.status()).isEqualTo(200);
    JsonObject profile = admin.get("api/v1/people/" + id(anna)).json();
    assertThat(profile.getString("title")).isEqualTo("Principal Engineer");
    assertThat(profile.getJsonArray("skills").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("java", "kubernetes", "postgresql");
    assertThat(profile.getString("about")).doesNotContain("<script>");
    assertThat(profile.getJsonArray("languages")).hasSize(2);

    // The directory finds her under any alias of the skill.
    String k8sPeople = admin.get("api/v1/people?skill=k8s&limit=100").body();
    assertThat(k8sPeople).contains("\"username\":\"" + anna.getString("username") + "\"");
  }

  @Test
  void nobodyButTheOwnerAndAdminsEditsAProfile() {
    JsonObject anna = engineers.get(0);
    JsonObject ben = engineers.get(1);
    Api.Answer forbidden = as(ben).patch("api/v1/people/" + id(anna), "{\"title\":\"Intern\"}");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.contentType()).startsWith("application/problem+json");

    assertThat(admin.patch("api/v1/people/" + id(anna), "{\"location\":\"Hamburg\"}").status()).isEqualTo(200);
    assertThat(admin.get("api/v1/people/" + id(anna)).json().getString("location")).isEqualTo("Hamburg");
  }

  @Test
  void badProfileInputNamesTheField() {
    JsonObject anna = engineers.get(0);
    Api me = as(anna);
    Api.Answer phone = me.patch("api/v1/people/" + id(anna), "{\"phone\":\"call me maybe\"}");
    assertThat(phone.status()).isEqualTo(400);
    assertThat(phone.body()).contains("phone");

    Api.Answer email = me.patch("api/v1/people/" + id(anna), "{\"email\":\"not-an-address\"}");
    assertThat(email.status()).isEqualTo(400);
    assertThat(email.body()).contains("email");

    Api.Answer department = me.patch("api/v1/people/" + id(anna), "{\"departmentId\":987654}");
    assertThat(department.status()).isEqualTo(404);

    Api.Answer blankName = me.patch("api/v1/people/" + id(anna), "{\"displayName\":\"<b></b>\"}");
    assertThat(blankName.status()).isEqualTo(400);

    assertThat(admin.patch("api/v1/people/987654", "{\"title\":\"x\"}").status()).isEqualTo(404);
  }

  @Test
  void followingIsIdempotentAndCounted() {
    JsonObject anna = engineers.get(2);
    JsonObject ben = engineers.get(3);
    long before = admin.get("api/v1/people/" + id(ben)).json().getJsonNumber("followers").longValue();
    as(anna).delete("api/v1/people/" + id(ben) + "/follow");
    long base = admin.get("api/v1/people/" + id(ben)).json().getJsonNumber("followers").longValue();
    assertThat(base).isLessThanOrEqualTo(before);

    assertThat(as(anna).put("api/v1/people/" + id(ben) + "/follow", "").status()).isEqualTo(204);
    assertThat(as(anna).put("api/v1/people/" + id(ben) + "/follow", "").status()).isEqualTo(204);
    JsonObject seenByAnna = as(anna).get("api/v1/people/" + id(ben)).json();
    assertThat(seenByAnna.getJsonNumber("followers").longValue()).isEqualTo(base + 1);
    assertThat(seenByAnna.getBoolean("followedByMe")).isTrue();
    assertThat(admin.get("api/v1/people/" + id(ben) + "/followers?limit=100").body())
        .contains("\"username\":\"" + anna.getString("username") + "\"");
    assertThat(admin.get("api/v1/people/" + id(anna) + "/following?limit=100").body())
        .contains("\"username\":\"" + ben.getString("username") + "\"");

    assertThat(as(anna).delete("api/v1/people/" + id(ben) + "/follow").status()).isEqualTo(204);
    assertThat(admin.get("api/v1/people/" + id(ben)).json().getJsonNumber("followers").longValue()).isEqualTo(base);
  }

  @Test
  void followingYourselfOrNobodyIsRefused() {
    JsonObject anna = engineers.get(0);
    Api.Answer self = as(anna).put("api/v1/people/" + id(anna) + "/follow", "");
    assertThat(self.status()).isEqualTo(409);
    assertThat(self.json().getString("detail")).contains("yourself");
    assertThat(as(anna).put("api/v1/people/987654/follow", "").status()).isEqualTo(404);
  }

  @Test
  void colleaguesEndorseDeclaredSkillsButNotTheirOwn() {
    JsonObject anna = engineers.get(1);
    JsonObject ben = engineers.get(2);
    as(anna).patch("api/v1/people/" + id(anna), "{\"skills\":[\"kubernetes\",\"java\"]}");

    String endorse = "api/v1/people/" + id(anna) + "/skills/K8s/endorsements";
    assertThat(as(ben).put(endorse, "").status()).isEqualTo(204);
    assertThat(as(ben).put(endorse, "").status()).isEqualTo(204);

    JsonObject kubernetes =
        as(ben).get("api/v1/people/" + id(anna) + "/skills").response().body().contains("kubernetes")
            ? findSkill(as(ben).get("api/v1/people/" + id(anna)).json(), "kubernetes")
            : null;
    assertThat(kubernetes).isNotNull();
    assertThat(kubernetes.getJsonNumber("endorsements").longValue()).isEqualTo(1);
    assertThat(kubernetes.getBoolean("endorsedByMe")).isTrue();
    assertThat(admin.get(endorse).body()).contains("\"username\":\"" + ben.getString("username") + "\"");

    Api.Answer self = as(anna).put(endorse, "");
    assertThat(self.status()).isEqualTo(409);
    Api.Answer undeclared = as(ben).put("api/v1/people/" + id(anna) + "/skills/cobol/endorsements", "");
    assertThat(undeclared.status()).isEqualTo(404);

    assertThat(as(ben).delete(endorse).status()).isEqualTo(204);
    assertThat(findSkill(admin.get("api/v1/people/" + id(anna)).json(), "kubernetes").getJsonNumber("endorsements").longValue())
        .isZero();
  }

  @Test
  void theAvatarIsGeneratedUntilAPhotoIsUploaded() throws Exception {
    JsonObject anna = engineers.get(3);
    Api.Answer generated = as(anna).get("api/v1/people/" + id(anna) + "/avatar");
    assertThat(generated.status()).isEqualTo(200);
    assertThat(generated.contentType()).startsWith("image/svg+xml");
    assertThat(generated.body()).contains(anna.getString("initials"));

    assertThat(uploadPhoto(anna, id(anna), png(800, 600), "image/png")).isEqualTo(204);
    JsonObject profile = admin.get("api/v1/people/" + id(anna)).json();
    assertThat(profile.getString("avatarUrl")).contains("?v=");
    Api.Answer photo = admin.get("api/v1/people/" + id(anna) + "/avatar");
    assertThat(photo.contentType()).startsWith("image/png");

    assertThat(uploadPhoto(anna, id(anna), "<svg onload=alert(1)>".getBytes(), "image/png")).isEqualTo(400);
    assertThat(uploadPhoto(anna, id(anna), new byte[3 * 1024 * 1024], "image/jpeg")).isEqualTo(400);
    assertThat(uploadPhoto(anna, id(anna), png(10, 10), "text/plain")).isEqualTo(415);
    assertThat(uploadPhoto(engineers.get(0), id(anna), png(10, 10), "image/png")).isEqualTo(403);
  }

  @Test
  void onlyAdminsCreateDepartments() {
    JsonObject anna = engineers.get(0);
    assertThat(as(anna).post("api/v1/departments", "{\"name\":\"Skunkworks\"}").status()).isEqualTo(403);
    Api.Answer created = admin.post("api/v1/departments", "{\"name\":\"Data Science\",\"parentId\":1}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(admin.post("api/v1/departments", "{\"name\":\"data science\"}").status()).isEqualTo(409);
    assertThat(admin.get("api/v1/departments?limit=100").body()).contains("Data Science");
  }

  private static JsonObject findSkill(JsonObject profile, String skill) {
    return profile.getJsonArray("endorsements").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("skill").equals(skill))
        .findFirst()
        .orElseThrow();
  }

  private int uploadPhoto(JsonObject uploader, long personId, byte[] bytes, String type) throws Exception {
    String basic =
        Base64.getEncoder().encodeToString((uploader.getString("username") + ":" + PASSWORD).getBytes());
    HttpRequest request =
        HttpRequest.newBuilder(Api.baseUri(base).resolve("api/v1/people/" + personId + "/photo"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", type)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    HttpResponse<String> answer = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
    return answer.statusCode();
  }

  private static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
