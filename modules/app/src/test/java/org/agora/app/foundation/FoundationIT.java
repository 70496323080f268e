package org.agora.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;
import org.agora.app.testing.Api;
import org.agora.app.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation as an API client meets it: sign-in, tokens, errors, paging, health, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationIT {

  static final String PASSWORD = "agora-demo";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.agora();
  }

  @ArquillianResource URL base;

  Api anonymous() {
    return Api.anonymous(base);
  }

  Api admin() {
    return anonymous().as("admin", PASSWORD);
  }

  @Test
  void anonymousCallsAndWrongPasswordsAre401WithProblemJson() {
    Api.Answer anonymous = anonymous().get("api/v1/me");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");

    assertThat(anonymous().as("admin", "wrong").get("api/v1/me").status()).isEqualTo(401);
    assertThat(anonymous().as("nobody-here", PASSWORD).get("api/v1/me").status()).isEqualTo(401);
    assertThat(anonymous().withToken("agora_pat_forged").get("api/v1/me").status()).isEqualTo(401);
  }

  /** Password guessing is stopped per account: after 10 failures even the right password waits. */
  @Test
  void repeatedWrongPasswordsLockTheAccountForAWhile() {
    String username = org.agora.app.testing.Colleagues.of(base, "Marketing").username(3);
    for (int i = 0; i < 10; i++) {
      assertThat(anonymous().as(username, "guess-" + i).get("api/v1/me").status()).isEqualTo(401);
    }
    Api.Answer locked = anonymous().as(username, PASSWORD).get("api/v1/me");
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.contentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
    // Other accounts are not affected.
    assertThat(admin().get("api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void everyAnswerCarriesSecurityHeaders() {
    Api.Answer answer = admin().get("api/v1/me");
    assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "object-src 'none'");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Strict-Transport-Security")).isNull(); // plain HTTP here; HSTS only behind TLS
  }

  @Test
  void theDemoAdminKnowsWhoTheyAre() {
    JsonObject me = admin().get("api/v1/me").json();
    assertThat(me.getString("username")).isEqualTo("admin");
    assertThat(me.getBoolean("admin")).isTrue();
    assertThat(me.getJsonObject("department").getString("name")).isNotBlank();
  }

  @Test
  void aPersonalAccessTokenWorksUntilItIsRevoked() {
    Api.Answer created = admin().post("api/v1/me/tokens", "{\"name\":\"build script\"}");
    assertThat(created.status()).isEqualTo(201);
    String token = created.json().getString("token");
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(token).startsWith("agora_pat_");

    Api bearer = anonymous().withToken(token);
    assertThat(bearer.get("api/v1/me").json().getString("username")).isEqualTo("admin");
    // The list shows the token but never its secret again.
    assertThat(admin().get("api/v1/me/tokens").body()).contains("build script").doesNotContain(token);

    assertThat(admin().delete("api/v1/me/tokens/" + id).status()).isEqualTo(204);
    assertThat(bearer.get("api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void nobodyRevokesSomeoneElsesToken() {
    long adminsToken = admin().post("api/v1/me/tokens", "{\"name\":\"mine\"}").json().getJsonNumber("id").longValue();
    Api colleague = anonymous().as(aColleague(), PASSWORD);
    Api.Answer attempt = colleague.delete("api/v1/me/tokens/" + adminsToken);
    assertThat(attempt.status()).isEqualTo(404);
    assertThat(attempt.contentType()).startsWith("application/problem+json");
  }

  @Test
  void badBodiesAre400ProblemsNamingTheField() {
    Api admin = admin();
    Api.Answer malformed = admin.post("api/v1/me/tokens", "{not json");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");

    Api.Answer unknownField = admin.post("api/v1/me/tokens", "{\"name\":\"x\",\"scope\":\"all\"}");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.body()).contains("scope");

    Api.Answer tooLong = admin.post("api/v1/me/tokens", "{\"name\":\"" + "x".repeat(101) + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name");

    Api.Answer blank = admin.post("api/v1/me/tokens", "{\"name\":\"  \"}");
    assertThat(blank.status()).isEqualTo(400);

    Api.Answer wrongType = admin.post("api/v1/me/tokens", "{\"name\":{\"nested\":true}}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aRejectedRequestWritesNothing() {
    int before = admin().get("api/v1/me/tokens").json().getJsonArray("items").size();
    admin().post("api/v1/me/tokens", "{\"name\":\"" + "x".repeat(500) + "\"}");
    admin().post("api/v1/me/tokens", "{\"name\":\"ok\",\"extra\":1}");
    assertThat(admin().get("api/v1/me/tokens").json().getJsonArray("items")).hasSize(before);
  }

  @Test
  void missingThingsAre404ProblemJson() {
    Api.Answer missing = admin().get("api/v1/people/999999999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(missing.json().getInt("status")).isEqualTo(404);
  }

  @Test
  void theDirectoryPagesThroughEveryoneExactlyOnce() {
    Set<Long> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page = admin().get("api/v1/people?limit=7" + (cursor == null ? "" : "&cursor=" + cursor)).json();
      for (JsonValue item : page.getJsonArray("items")) {
        assertThat(seen.add(item.asJsonObject().getJsonNumber("id").longValue())).as("seen twice").isTrue();
      }
      cursor = page.isNull("next") ? null : page.getString("next");
      pages++;
    } while (cursor != null && pages < 100);
    assertThat(seen).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void theDemoOrganisationHasDepartmentsAndFiltersWork() {
    JsonObject departments = admin().get("api/v1/departments?limit=100").json();
    assertThat(departments.getJsonArray("items")).hasSizeGreaterThanOrEqualTo(8);

    JsonObject engineers = admin().get("api/v1/people?department=Engineering&limit=100").json();
    assertThat(engineers.getJsonArray("items")).isNotEmpty();
    engineers.getJsonArray("items").forEach(
        p -> assertThat(p.asJsonObject().getJsonObject("department").getString("name")).isEqualTo("Engineering"));

    JsonObject javaPeople = admin().get("api/v1/people?skill=Java&limit=100").json();
    javaPeople.getJsonArray("items").forEach(
        p -> assertThat(p.asJsonObject().getJsonArray("skills").toString()).contains("\"java\""));

    assertThat(admin().get("api/v1/people?limit=0").status()).isEqualTo(400);
    assertThat(admin().get("api/v1/people?cursor=forged").status()).isEqualTo(400);
  }

  @Test
  void healthAndOpenApiAreServed() throws Exception {
    URL root = new URL(base, "/");
    Api server = Api.anonymous(root);
    Api.Answer ready = server.get("health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("UP").contains("database");

    Api.Answer openApi = server.get("openapi");
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.body()).contains("/api/v1/people").contains("/api/v1/me/tokens");
  }

  private String aColleague() {
    JsonObject page = admin().get("api/v1/people?limit=5").json();
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(p -> p.getString("username"))
        .filter(u -> !u.equals("admin"))
        .findFirst()
        .orElseThrow();
  }
}
