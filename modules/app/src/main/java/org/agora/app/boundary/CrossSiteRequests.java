package org.agora.app.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.agora.platform.boundary.Problem;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses changes and WebSocket handshakes that another page starts in the browser of a signed-in
 * colleague (CSRF). A change that rides on the session cookie must prove it comes from Agora's own
 * pages: an {@code Origin} equal to Agora's (scheme, host and port) or {@code Sec-Fetch-Site:
 * same-origin}, which browsers set and pages cannot forge; without either it is refused, so an old
 * browser or a stripped header fails closed. Callers with an {@code Authorization} header (Basic, a
 * token) carry no ambient credential and need neither; a foreign {@code Origin} is refused for all.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequests extends HttpFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean handshake = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    if ((handshake || !SAFE_METHODS.contains(request.getMethod())) && !trusted(request, publicOrigin())) {
      Problem.of(HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Only Agora's own pages can change things with the"
          + " session cookie: this request came from another origin, or did not say where it came from.")
          .writeTo(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether a change (or handshake) may go ahead, judged by where the browser says it comes from. */
  static boolean trusted(HttpServletRequest request, Optional<SameOrigin> publicOrigin) {
    String origin = request.getHeader("Origin");
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    boolean sameOrigin = origin != null && SameOrigin.of(origin)
        .filter(o -> o.equals(SameOrigin.ofRequest(request).orElse(null)) || Optional.of(o).equals(publicOrigin))
        .isPresent();
    if ((origin != null && !sameOrigin) || "cross-site".equalsIgnoreCase(fetchSite)) {
      return false;
    }
    return !bySessionCookie(request) || sameOrigin || "same-origin".equalsIgnoreCase(fetchSite);
  }

  /** A browser sends its cookie with every request, whoever started it: that is what CSRF abuses. */
  private static boolean bySessionCookie(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && request.isRequestedSessionIdFromCookie()
        && request.getHeader("Authorization") == null;
  }

  private static Optional<SameOrigin> publicOrigin() {
    return ConfigProvider.getConfig().getOptionalValue("agora.public-url", String.class).flatMap(SameOrigin::of);
  }
}
