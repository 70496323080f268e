package org.agora.app.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which changes the CSRF filter lets through, by the headers a browser or a script sends. */
class CrossSiteRequestsTest {

  private static final Optional<SameOrigin> NO_PUBLIC_URL = Optional.empty();

  @Test
  void aCookieChangeNeedsTheSameSchemeHostAndPort() {
    assertThat(trusted(cookie().origin("http://agora.test:8080"))).isTrue();
    assertThat(trusted(cookie().origin("http://agora.test:9999"))).as("another port").isFalse();
    assertThat(trusted(cookie().origin("https://agora.test:8080"))).as("another scheme").isFalse();
    assertThat(trusted(cookie().origin("http://evil.test:8080"))).as("another host").isFalse();
    assertThat(trusted(cookie().origin("null"))).as("a sandboxed page").isFalse();
  }

  @Test
  void aCookieChangeThatDoesNotSayWhereItComesFromIsRefused() {
    assertThat(trusted(cookie())).isFalse();
    assertThat(trusted(cookie().header("Sec-Fetch-Site", "same-site"))).as("a sibling site").isFalse();
    assertThat(trusted(cookie().header("Sec-Fetch-Site", "none"))).isFalse();
    assertThat(trusted(cookie().header("Sec-Fetch-Site", "same-origin"))).isTrue();
  }

  @Test
  void aBrowserSaysCrossSiteEvenWhenTheOriginLooksRight() {
    assertThat(trusted(cookie().origin("http://agora.test:8080").header("Sec-Fetch-Site", "cross-site"))).isFalse();
  }

  @Test
  void behindAProxyTheForwardedSchemeAndHostCount() {
    Request proxied = cookie().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "agora.example");
    assertThat(trusted(proxied.origin("https://agora.example"))).isTrue();
    assertThat(trusted(proxied.origin("https://agora.example:443"))).isTrue();
    assertThat(trusted(proxied.origin("http://agora.example"))).isFalse();
    Optional<SameOrigin> publicUrl = SameOrigin.of("https://agora.example/");
    assertThat(CrossSiteRequests.trusted(cookie().origin("https://agora.example").fake(), publicUrl))
        .as("the configured public URL").isTrue();
  }

  @Test
  void callersWithAnAuthorizationHeaderNeedNoOriginButAForeignOneIsRefused() {
    Request token = new Request().header("Authorization", "Bearer agora_pat_x");
    assertThat(trusted(token)).isTrue();
    assertThat(trusted(token.header("Cookie", "JSESSIONID=abc").session("abc"))).isTrue();
    assertThat(trusted(new Request().origin("http://agora.test:9999").header("Authorization", "Bearer x"))).isFalse();
    assertThat(trusted(new Request())).as("no credentials at all: the container answers 401").isTrue();
  }

  private static boolean trusted(Request request) {
    return CrossSiteRequests.trusted(request.fake(), NO_PUBLIC_URL);
  }

  private static Request cookie() {
    return new Request().session("abc");
  }

  /** The parts of a request the filter reads, for a server at http://agora.test:8080. */
  private static final class Request {
    private final Map<String, String> headers = new HashMap<>(Map.of("Host", "agora.test:8080"));
    private String session;

    Request header(String name, String value) {
      headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
      return this;
    }

    Request origin(String origin) {
      return header("Origin", origin);
    }

    Request session(String id) {
      session = id;
      return this;
    }

    HttpServletRequest fake() {
      Map<String, String> all = new HashMap<>();
      headers.forEach((k, v) -> all.put(k.toLowerCase(java.util.Locale.ROOT), v));
      return (HttpServletRequest) Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
            case "getHeader" -> all.get(((String) args[0]).toLowerCase(java.util.Locale.ROOT));
            case "getScheme" -> "http";
            case "getServerName" -> "agora.test";
            case "getServerPort" -> 8080;
            case "getRequestedSessionId" -> session;
            case "isRequestedSessionIdFromCookie" -> session != null;
            default -> throw new UnsupportedOperationException(method.getName());
          });
    }
  }
}
