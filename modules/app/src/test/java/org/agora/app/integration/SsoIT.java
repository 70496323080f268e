package org.agora.app.integration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.agora.app.testing.Api;
import org.agora.app.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on through a real OpenID Connect provider on loopback (NAV's mock-oauth2-server,
 * an OAuth 2.0 / OIDC server with discovery, JWKS and signed ID tokens, started before the
 * deployment boots), driven in headless Chromium through the authorization-code flow: the
 * provider's interactive login page takes the subject and the claims.
 *
 * <p>This deployment has password login switched off; its configuration travels inside the WAR
 * as a library's {@code META-INF/microprofile-config.properties} with a higher ordinal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoIT {

  private static final String ADMINS = "agora-admins";
  static final MockOAuth2Server PROVIDER = startProvider();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.agora().addAsLibrary(Deployments.settings("sso",
        "agora.oidc.issuer=" + PROVIDER.issuerUrl("agora"),
        "agora.oidc.client-id=agora",
        "agora.oidc.client-secret=agora-test-secret",
        "agora.oidc.provider-name=Agora Test ID",
        "agora.oidc.admin-group=" + ADMINS,
        "agora.login.password.enabled=false"));
  }

  private static MockOAuth2Server startProvider() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = probe.getLocalPort();
      probe.close();
      MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
      server.start(InetAddress.getLoopbackAddress(), port);
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("no free port for the OIDC provider", e);
    }
  }

  @ArquillianResource URL base;

  static Playwright playwright;
  static com.microsoft.playwright.Browser browser;

  @BeforeAll
  static void start() {
    playwright = Playwright.create();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Paths.get(System.getProperty("agora.chromium", "/usr/bin/chromium")))
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
      playwright.close();
    }
    PROVIDER.shutdown();
  }

  @Test
  void theFirstLoginCreatesThePersonAndLaterLoginsUpdateTheSamePerson() {
    BrowserContext first = newContext(new NewContextOptions().setLocale("en-US"));
    Page page = first.newPage();
    page.navigate(url("login"));
    assertThat(page.locator("#sso-login")).hasText("Sign in with Agora Test ID");
    String before = sessionId(first);
    signIn(page, "subject-olga", claims("olga.sso", "Olga Sso", "olga.sso@agora.test", "Research Lab", ADMINS));
    assertThat(sessionId(first)).as("a new session id after login").isNotEqualTo(before);
    JsonObject me = json(first.request().get(url("api/v1/me")));
    assertThat(me.getString("username")).isEqualTo("olga.sso");
    assertThat(me.getString("displayName")).isEqualTo("Olga Sso");
    assertThat(me.getJsonObject("department").getString("name")).isEqualTo("Research Lab");
    // The admin group of the provider made her an admin: the admin-only status answers her.
    JsonObject status = json(first.request().get(url("api/v1/admin/sso/status")));
    assertThat(status.getBoolean("configured")).isTrue();
    assertThat(status.getBoolean("passwordLogin")).isFalse();
    assertThat(status.getJsonObject("lastSuccess").getString("detail")).isEqualTo("olga.sso");
    first.close();

    BrowserContext second = newContext(new NewContextOptions());
    Page again = second.newPage();
    again.navigate(url("login"));
    signIn(again, "subject-olga", claims("olga.sso", "Olga S. Sso", "olga@agora.test", "Platform", "staff"));
    JsonObject later = json(second.request().get(url("api/v1/me")));
    assertThat(later.getJsonNumber("id").longValue()).isEqualTo(me.getJsonNumber("id").longValue());
    assertThat(later.getString("displayName")).isEqualTo("Olga S. Sso");
    assertThat(later.getString("email")).isEqualTo("olga@agora.test");
    assertThat(later.getJsonObject("department").getString("name")).isEqualTo("Platform");
    // Out of the admin group, out of the admin role.
    assertThat(second.request().get(url("api/v1/admin/sso/status")).status()).isEqualTo(403);
    second.close();
  }

  @Test
  void anExistingColleagueIsLinkedAndRefusedOnceDisabled() {
    Api admin = adminWithToken("sso-admin-1");
    long kjansen = idOf(admin, "kjansen");

    BrowserContext context = newContext(new NewContextOptions());
    Page page = context.newPage();
    page.navigate(url("login"));
    signIn(page, "subject-kj", claims("kjansen", "Kim Jansen", null, null, "staff"));
    assertThat(json(context.request().get(url("api/v1/me"))).getJsonNumber("id").longValue()).isEqualTo(kjansen);
    context.close();

    assertThat(admin.put("api/v1/people/" + kjansen + "/active", "{\"active\":false}").status()).isBetween(200, 204);
    try {
      BrowserContext refused = newContext(new NewContextOptions());
      Page login = refused.newPage();
      login.navigate(url("login"));
      signInAtProvider(login, "subject-kj", claims("kjansen", "Kim Jansen", null, null, "staff"));
      login.waitForURL(Pattern.compile(".*/login\\?sso=disabled$"));
      assertThat(login.locator("#login-problem")).hasText("Your Agora account is disabled. Please contact your administrator.");
      assertThat(refused.request().get(url("api/v1/me")).status()).isEqualTo(401);
      refused.close();
      JsonObject status = admin.get("api/v1/admin/sso/status").json();
      assertThat(status.getString("lastFailureCode")).isEqualTo("DISABLED");
      assertThat(status.getJsonObject("lastFailure").getString("detail")).contains("kjansen");
    } finally {
      admin.put("api/v1/people/" + kjansen + "/active", "{\"active\":true}");
    }
  }

  @Test
  void theLoginPageOpensNoPushConnectionSoALateHandshakeCannotReplaceTheSignedInSession() {
    BrowserContext context = newContext(new NewContextOptions());
    Page page = context.newPage();
    List<String> sockets = new CopyOnWriteArrayList<>();
    page.onWebSocket(socket -> sockets.add(socket.url()));
    page.navigate(url("login"));
    assertThat(page.locator("#sso-login")).isVisible();
    page.waitForTimeout(1_500);
    assertThat(sockets).as("push connections of the login page").noneMatch(u -> u.contains("VAADIN/push"));

    // Signed in, the pages get their push connection: new posts and notifications still arrive live.
    page.waitForWebSocket(new Page.WaitForWebSocketOptions().setPredicate(s -> s.url().contains("VAADIN/push")).setTimeout(30_000),
        () -> signIn(page, "subject-push", claims("push.sso", "Push Sso", null, null, "staff")));
    assertThat(context.request().get(url("api/v1/me")).status()).isEqualTo(200);
    context.close();
  }

  @Test
  void aForgedOrReplayedCallbackIsRefusedWithAReadableMessage() {
    BrowserContext context = newContext(new NewContextOptions().setLocale("en-US"));
    Page page = context.newPage();
    page.navigate(url("sso/callback?state=forged&code=anything"));
    page.waitForURL(Pattern.compile(".*/login\\?sso=state$"));
    assertThat(page.locator("#login-problem")).containsText("was not started here or was used before");

    // A real sign-in is under way; a callback with another state ends it, so the genuine answer
    // that comes afterwards is a replay and is refused too.
    page.navigate(url("login"));
    page.locator("#sso-login").click();
    page.waitForURL(Pattern.compile(".*/agora/authorize.*"));
    String authorize = page.url();
    page.navigate(url("sso/callback?state=not-the-one&code=anything"));
    page.waitForURL(Pattern.compile(".*/login\\?sso=state$"));
    page.navigate(authorize);
    fillProviderForm(page, "subject-late", claims("late.sso", "Late Sso", null, null, "staff"));
    page.waitForURL(Pattern.compile(".*/login\\?sso=state$"));
    assertThat(page.locator("#login-problem")).isVisible();
    assertThat(page.content()).doesNotContain("Exception").doesNotContain("at org.agora");
    assertThat(context.request().get(url("api/v1/me")).status()).isEqualTo(401);
    context.close();

    JsonObject status = adminWithToken("sso-admin-2").get("api/v1/admin/sso/status").json();
    assertThat(status.getString("lastFailureCode")).isEqualTo("STATE");
  }

  @Test
  void withPasswordLoginSwitchedOffOnlySingleSignOnAndTokensGetIn() {
    Api.Answer form = Api.anonymous(base).postForm("login", "username=admin&password=agora-demo");
    assertThat(form.status()).isBetween(301, 303);
    assertThat(form.header("Location")).endsWith("/login?password-off");
    Api.Answer basic = Api.anonymous(base).as("admin", "agora-demo").get("api/v1/me");
    assertThat(basic.status()).isEqualTo(401);
    assertThat(basic.contentType()).startsWith("application/problem+json");
    assertThat(basic.json().getString("detail")).contains("Password login is switched off").contains("Agora Test ID");
    assertThat(adminWithToken("sso-admin-3").get("api/v1/me").json().getString("username")).isEqualTo("sso-admin-3");

    Page page = newContext(new NewContextOptions()).newPage();
    page.navigate(url("login?password-off"));
    assertThat(page.locator("vaadin-login-form")).hasCount(0);
    assertThat(page.locator("#login-problem")).containsText("Password login is switched off");
    assertThat(page.locator("#sso-login")).isVisible();
    page.context().close();
  }

  /** An admin of the provider's admin group signs in once and takes a personal access token for the API. */
  private Api adminWithToken(String username) {
    BrowserContext context = newContext(new NewContextOptions());
    try {
      Page page = context.newPage();
      page.navigate(url("login"));
      signIn(page, "subject-" + username, claims(username, "Admin " + username, null, null, ADMINS));
      json(context.request().get(url("api/v1/me")));
      // As the signed-in page's own script would: a same-origin fetch carries Agora's Origin.
      context.request().post(url("api/v1/me/policy"), sameOriginJson("{}"));
      APIResponse created = context.request().post(url("api/v1/me/tokens"), sameOriginJson("{\"name\":\"sso-it\"}"));
      assertThat(created.status()).as(created.text()).isEqualTo(201);
      return Api.anonymous(base).withToken(json(created).getString("token"));
    } finally {
      context.close();
    }
  }

  private RequestOptions sameOriginJson(String json) {
    URI app = URI.create(url(""));
    return RequestOptions.create().setHeader("Content-Type", "application/json")
        .setHeader("Origin", app.getScheme() + "://" + app.getHost() + ":" + app.getPort()).setData(json);
  }

  /** What the browsers of the running test answered, to tell more when a session is not what it should be. */
  static final List<Response> SEEN = new CopyOnWriteArrayList<>();

  @BeforeEach
  void forgetWhatWasSeen() {
    SEEN.clear();
  }

  private static BrowserContext newContext(NewContextOptions options) {
    BrowserContext context = browser.newContext(options);
    context.onResponse(SEEN::add);
    return context;
  }

  /** Each page request of the running test: method, path, status, session cookie sent and set. */
  private static String trail() {
    return SEEN.stream().map(r -> {
      try {
        return r.request().method() + " " + r.url().replaceFirst("\\?.*", "") + " " + r.status()
            + " sent " + session(r.request().headerValue("cookie")) + " set " + session(r.headerValue("set-cookie"));
      } catch (RuntimeException gone) {
        return r.url().replaceFirst("\\?.*", "") + " " + r.status();
      }
    }).filter(line -> !line.contains("/VAADIN/build/")).collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  private static String session(String cookies) {
    if (cookies == null) {
      return "-";
    }
    var matcher = Pattern.compile("JSESSIONID=([^;.]{0,8})").matcher(cookies);
    return matcher.find() ? matcher.group(1) : "-";
  }

  private static long idOf(Api admin, String username) {
    String next = null;
    do {
      JsonObject page = admin.get("api/v1/people?limit=100" + (next == null ? "" : "&cursor=" + next)).json();
      for (var person : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
        if (username.equals(person.getString("username"))) {
          return person.getJsonNumber("id").longValue();
        }
      }
      next = page.isNull("next") ? null : page.getString("next");
    } while (next != null);
    throw new AssertionError("no person " + username);
  }

  /** Clicks "Sign in with …", signs in at the provider and waits until Agora has the browser back. */
  private void signIn(Page page, String subject, String claims) {
    signInAtProvider(page, subject, claims);
    page.waitForURL(url -> url.startsWith(url("")) && !url.contains("/login") && !url.contains("/sso/"));
  }

  private static void signInAtProvider(Page page, String subject, String claims) {
    page.locator("#sso-login").click();
    fillProviderForm(page, subject, claims);
  }

  private static void fillProviderForm(Page page, String subject, String claims) {
    page.locator("input[name=username]").fill(subject);
    page.locator("textarea[name=claims]").fill(claims);
    page.locator("input[type=submit]").click();
  }

  private static String claims(String username, String name, String email, String department, String group) {
    var claims = Json.createObjectBuilder().add("preferred_username", username).add("name", name)
        .add("groups", Json.createArrayBuilder().add(group));
    if (email != null) {
      claims.add("email", email);
    }
    if (department != null) {
      claims.add("department", department);
    }
    return claims.build().toString();
  }

  private static String sessionId(BrowserContext context) {
    return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
  }

  private static JsonObject json(APIResponse response) {
    assertThat(response.status()).as(() -> response.url() + ": " + response.text() + "; the browser's requests:" + trail())
        .isBetween(200, 299);
    return Json.createReader(new StringReader(response.text())).readObject();
  }

  private String url(String path) {
    return Api.baseUri(base).resolve(path).toString();
  }
}
