package org.agora.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.agora.app.testing.Api;
import org.agora.app.testing.SharedNode;
import org.junit.jupiter.api.Test;

/** The foundation as an API client meets it: sign-in, tokens, errors, paging, health, OpenAPI. */
@SharedNode
class FoundationIT {

  static final String PASSWORD = "agora-demo";

  @SharedNode.Base URL base;

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

  /**
   * Password guessing is stopped where it comes from, and cannot be turned against the account's
   * owner: after 10 failures from one address even the right password waits there (429), while the
   * owner signs in from another address.
   */
  @Test
  void repeatedWrongPasswordsLockTheAccountForAWhile() {
    String username = org.agora.app.testing.Colleagues.of(base, "Marketing").username(3);
    Api attacker = anonymous().from("127.0.0.2");
    for (int i = 0; i < 10; i++) {
      assertThat(attacker.as(username, "guess-" + i).get("api/v1/me").status()).isEqualTo(401);
    }
    Api.Answer locked = attacker.as(username, PASSWORD).get("api/v1/me");
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.contentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);

    Api.Answer owner = anonymous().from("127.0.0.3").as(username, PASSWORD).get("api/v1/me");
    assertThat(owner.status()).as("the owner from their own machine: " + owner.body()).isEqualTo(200);
    assertThat(owner.json().getString("username")).isEqualTo(username);
    assertThat(attacker.as(username, PASSWORD).get("api/v1/me").status())
        .as("the owner's success does not unlock the attacker's address").isEqualTo(429);
    // Other accounts are not affected, not even from the attacker's address.
    assertThat(attacker.as("admin", PASSWORD).get("api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void everyAnswerCarriesSecurityHeaders() {
    Api.Answer answer = admin().get("api/v1/me");
    assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "object-src 'none'");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Strict-Transport-Security")).isNull(); // plain HTTP here; HSTS only behind TLS
  }

  /** Session fixation: the id a visitor had before logging in is worth nothing afterwards. */
  @Test
  void loggingInIssuesANewSessionIdAndTheOldOneStaysAnonymous() {
    String before = sessionCookie(browser("GET", "login", null, null, null, null));
    assertThat(before).as("a visit to the login page starts a session").isNotNull();
    String after = login("admin", before);
    assertThat(after).isNotEqualTo(before);
    assertThat(browser("GET", "api/v1/me", after, null, null, null).statusCode()).isEqualTo(200);
    assertThat(browser("GET", "api/v1/me", before, null, null, null).statusCode()).isEqualTo(401);
  }

  /**
   * CSRF: a page of another site (or of another port or scheme on the same host) that makes a
   * signed-in colleague's browser post changes nothing; nor does a cookie request that does not say
   * where it comes from. The same request from Agora's own pages works, so it is the origin that is
   * refused.
   */
  @Test
  void anotherSitesPageCannotWriteWithTheSessionCookie() {
    String username = org.agora.app.testing.Colleagues.of(base, "Sales").username(2);
    String session = login(username, null);
    String json = "{\"text\":\"csrf probe\"}";

    HttpResponse<String> sameSite = browser("POST", "api/v1/posts", session, ownOrigin(), "application/json", json);
    assertThat(sameSite.statusCode()).as(sameSite.body()).isEqualTo(201);
    long legit = Json.createReader(new StringReader(sameSite.body())).readObject().getJsonNumber("id").longValue();

    HttpResponse<String> foreignScript = browser("POST", "api/v1/posts", session, "https://evil.example", "application/json", json);
    assertThat(foreignScript.statusCode()).isEqualTo(403);
    assertThat(foreignScript.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(browser("POST", "api/v1/posts", session, "https://evil.example", "text/plain", json).statusCode()).isEqualTo(403);
    assertThat(browser("POST", "api/v1/posts", session, "null", "application/x-www-form-urlencoded", "text=x").statusCode()).isEqualTo(403);
    assertThat(browser("DELETE", "api/v1/posts/" + legit, session, "https://evil.example", null, null).statusCode()).isEqualTo(403);
    String otherPort = "http://127.0.0.1:" + (base.getPort() == 9999 ? 9998 : 9999);
    assertThat(browser("POST", "api/v1/posts", session, otherPort, "application/json", json).statusCode())
        .as("another port on the same host is another origin").isEqualTo(403);
    assertThat(browser("POST", "api/v1/posts", session, "https://127.0.0.1:" + base.getPort(),
        "application/json", json).statusCode()).as("another scheme").isEqualTo(403);
    // A request that does not say where it comes from (an old browser, a stripped header): refused.
    assertThat(browser("POST", "api/v1/posts", session, null, "application/json", json).statusCode()).isEqualTo(403);
    HttpResponse<String> upload = browser("POST", "api/v1/bookmarks/import", session, null,
        "multipart/form-data; boundary=csrf", MULTIPART_BOOKMARK_FILE);
    assertThat(upload.statusCode()).as("a form can send multipart: " + upload.body()).isEqualTo(403);
    assertThat(browser("POST", "api/v1/posts", session, null, "application/json", json,
        Map.of("Sec-Fetch-Site", "same-site")).statusCode()).as("a sibling site").isEqualTo(403);
    HttpResponse<String> fetchedByOwnPage = browser("POST", "api/v1/posts", session, null, "application/json",
        "{\"text\":\"csrf probe, fetched\"}", Map.of("Sec-Fetch-Site", "same-origin"));
    assertThat(fetchedByOwnPage.statusCode()).as(fetchedByOwnPage.body()).isEqualTo(201);
    long fetched = Json.createReader(new StringReader(fetchedByOwnPage.body())).readObject()
        .getJsonNumber("id").longValue();

    Api me = anonymous().as(username, PASSWORD);
    assertThat(me.get("api/v1/feed/home?limit=5").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
        .as("the newest post is the one from Agora's own page").isEqualTo(fetched);
    assertThat(me.get("api/v1/posts/" + legit).status()).as("not deleted").isEqualTo(200);
    assertThat(me.get("api/v1/bookmarks?limit=50").body()).doesNotContain("csrf.example");
  }

  /** Scripts and integrations authenticate every request themselves: no Origin needed, cookie or not. */
  @Test
  void aTokenCallerWritesWithoutOrigin() {
    String token = admin().post("api/v1/me/tokens", "{\"name\":\"csrf-" + System.nanoTime() + "\"}")
        .json().getString("token");
    Api.Answer written = anonymous().withToken(token).post("api/v1/posts", "{\"text\":\"from a script\"}");
    assertThat(written.status()).as(written.body()).isEqualTo(201);
    String session = login("admin", null);
    HttpResponse<String> withBoth = browser("POST", "api/v1/posts", session, null, "application/json",
        "{\"text\":\"from a script with a cookie jar\"}", Map.of("Authorization", "Bearer " + token));
    assertThat(withBoth.statusCode()).as(withBoth.body()).isEqualTo(201);
  }

  /** The live stream's handshake rides on the cookie too: only Agora's own origin may open it. */
  @Test
  void aWebSocketHandshakeFromAnotherOriginIsRefused() throws Exception {
    String session = login("admin", null);
    String otherPort = "http://127.0.0.1:" + (base.getPort() == 9999 ? 9998 : 9999);
    assertThat(handshake(session, otherPort)).startsWith("HTTP/1.1 403");
    assertThat(handshake(session, "https://evil.example")).startsWith("HTTP/1.1 403");
    assertThat(handshake(session, null)).as("no Origin with the cookie").startsWith("HTTP/1.1 403");
    assertThat(handshake(session, ownOrigin())).startsWith("HTTP/1.1 101");
  }

  /** SameSite=Lax keeps the cookie off other sites' posts even in a browser without Origin checks. */
  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    HttpResponse<String> answer = browser("POST", "login", null, ownOrigin(), "application/x-www-form-urlencoded",
        "username=admin&password=" + PASSWORD);
    String cookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  private static final String MULTIPART_BOOKMARK_FILE = "--csrf\r\nContent-Disposition: form-data; name=\"file\";"
      + " filename=\"bookmarks.html\"\r\nContent-Type: text/html\r\n\r\n<!DOCTYPE NETSCAPE-Bookmark-file-1>"
      + "<DL><p><DT><A HREF=\"https://csrf.example/\">csrf</A></DL>\r\n--csrf--\r\n";

  private String ownOrigin() {
    return "http://127.0.0.1:" + base.getPort();
  }

  /** A WebSocket handshake as a browser sends it (the JDK client cannot set Origin); the status line. */
  private String handshake(String cookie, String origin) throws java.io.IOException {
    String path = Api.baseUri(base).resolve("ws/v1/stream").getRawPath();
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
      socket.setSoTimeout(30_000);
      String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort()
          + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13"
          + "\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nCookie: " + cookie + "\r\n"
          + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          java.nio.charset.StandardCharsets.US_ASCII)).readLine();
    }
  }

  /** Logs in through the form as a browser does (its form post carries Agora's Origin); the session cookie. */
  private String login(String username, String session) {
    HttpResponse<String> answer = browser("POST", "login", session, ownOrigin(), "application/x-www-form-urlencoded",
        "username=" + username + "&password=" + PASSWORD);
    assertThat(answer.statusCode()).as("login redirects").isBetween(300, 399);
    assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return sessionCookie(answer);
  }

  private static String sessionCookie(HttpResponse<String> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst().orElse(null);
  }

  private HttpResponse<String> browser(String method, String path, String cookie, String origin, String type, String body) {
    return browser(method, path, cookie, origin, type, body, Map.of());
  }

  /** One request as a browser sends it: a session cookie, maybe an Origin, no redirects followed. */
  private HttpResponse<String> browser(
      String method, String path, String cookie, String origin, String type, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(Api.baseUri(base).resolve(path))
        .timeout(java.time.Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    if (type != null) {
      request.header("Content-Type", type);
    }
    headers.forEach(request::header);
    try {
      return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
          .send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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

    Api.Answer openApi = server.getPatiently("openapi");
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
