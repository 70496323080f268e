package org.agora.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.agora.app.testing.Api;
import org.agora.app.testing.SharedNode;
import org.junit.jupiter.api.Test;

/**
 * What an outsider sees of the server around the API: the metrics endpoint, caching, 401s and the
 * container's own refusals. The shared node serves the bundle at the context root as in production
 * ({@code --contextroot /}), where Payara puts its metrics servlet into Agora's web module.
 */
@SharedNode
class SecurityHeadersIT {

  @SharedNode.Base URL base;

  private URL root() throws Exception {
    return URI.create("http://127.0.0.1:" + base.getPort() + "/").toURL();
  }

  private Api admin() throws Exception {
    return Api.anonymous(root()).as("admin", FoundationIT.PASSWORD);
  }

  @Test
  void metricsAreForAdminsAndAScraperUsesAnAdminToken() throws Exception {
    Api.Answer anonymous = Api.anonymous(root()).get("metrics");
    assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);
    assertProblemWithSecurityHeaders(anonymous);

    String colleague = org.agora.app.testing.Colleagues.of(root(), "Sales").username(1);
    Api.Answer notAdmin = Api.anonymous(root()).as(colleague, FoundationIT.PASSWORD).get("metrics");
    assertThat(notAdmin.status()).as(notAdmin.body()).isEqualTo(403);
    assertProblemWithSecurityHeaders(notAdmin);

    String token = admin().post("api/v1/me/tokens", "{\"name\":\"prometheus-" + System.nanoTime() + "\"}")
        .json().getString("token");
    Api.Answer scraped = Api.anonymous(root()).withToken(token).get("metrics", "text/plain");
    assertThat(scraped.status()).as(scraped.body()).isEqualTo(200);
    assertThat(scraped.body()).contains("agora_search_outbox_pending");
    assertThat(scraped.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void apiAnswersAreNotStored() throws Exception {
    assertThat(admin().get("api/v1/me").header("Cache-Control")).isEqualTo("no-store");
    assertThat(admin().get("api/v1/people?cursor=forged").header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void a401CarriesTheSecurityHeaders() throws Exception {
    Api.Answer anonymous = Api.anonymous(root()).get("api/v1/me");
    assertThat(anonymous.status()).isEqualTo(401);
    assertProblemWithSecurityHeaders(anonymous);
    Api.Answer wrong = Api.anonymous(root()).as("admin", "wrong").get("api/v1/me");
    assertThat(wrong.status()).isEqualTo(401);
    assertProblemWithSecurityHeaders(wrong);
  }

  @Test
  void theContainersOwnRefusalsAreProblemsWithSecurityHeaders() throws Exception {
    Api.Answer descriptor = Api.anonymous(root()).get("WEB-INF/web.xml");
    assertThat(descriptor.status()).isEqualTo(404);
    assertProblemWithSecurityHeaders(descriptor);
    assertThat(descriptor.body()).doesNotContain("web-app");

    String basic = java.util.Base64.getEncoder()
        .encodeToString(("admin:" + FoundationIT.PASSWORD).getBytes(StandardCharsets.UTF_8));
    String badType = raw("POST /api/v1/posts HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + basic
        + "\r\nContent-Type: ;;;\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    assertRawProblem(badType, 400);
  }

  /**
   * Requests Grizzly refuses while parsing, before any web module sees them, so no filter or error
   * page of Agora's can answer them: what they get is pinned here, so that a Payara upgrade that
   * changes it shows up (and this test then moves to the one above).
   */
  @Test
  void requestsGrizzlyRefusesBeforeTheAppAreMeasured() throws Exception {
    String overlong = raw("GET /api/v1/%c0%af HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    String nul = raw("GET /api/v1/me%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    String huge = raw("GET /api/v1/" + "a".repeat(60_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    System.out.println("%c0%af ->\n" + overlong + "\nNUL ->\n" + nul + "\n60k URL ->\n" + huge);
    // Payara Micro 7.2026.11: Grizzly/Catalina answer before mapping the request to a web module,
    // with an empty body and only their own X-Frame-Options: SAMEORIGIN (docs/security.md, "Open").
    assertThat(overlong).startsWith("HTTP/1.1 400").contains("Content-Length: 0").doesNotContain("nosniff");
    assertThat(nul).startsWith("HTTP/1.1 400").contains("Content-Length: 0").doesNotContain("nosniff");
    assertThat(huge).startsWith("HTTP/1.1 400").contains("Content-Length: 0").doesNotContain("nosniff");
  }

  private static void assertProblemWithSecurityHeaders(Api.Answer answer) {
    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    assertThat(answer.header("Content-Security-Policy")).as(answer.toString()).contains("frame-ancestors 'none'");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
  }

  private static void assertRawProblem(String answer, int status) {
    assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status)
        .containsIgnoringCase("content-type: application/problem+json")
        .containsIgnoringCase("x-content-type-options: nosniff")
        .containsIgnoringCase("content-security-policy:")
        .contains("\"status\":" + status);
  }

  /** Sends bytes the JDK's client would refuse to send; the whole answer as text. */
  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      try {
        socket.getInputStream().transferTo(answer);
      } catch (SocketTimeoutException | java.net.SocketException e) {
        // Keep what came before the server stopped talking.
      }
      return answer.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
