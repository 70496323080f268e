package org.agora.app.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses changes that another site's page starts in the browser of a signed-in colleague (CSRF),
 * and WebSocket handshakes from other sites: browsers say where a request comes from in
 * {@code Sec-Fetch-Site} and {@code Origin}, which a page cannot forge. Scripts and API clients
 * send neither and are not affected; the session cookie is SameSite=Lax as a second line.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequests extends HttpFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean handshake = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    if ((handshake || !SAFE_METHODS.contains(request.getMethod())) && crossSite(request)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
          + "\"detail\":\"Requests started by another site cannot change anything in Agora.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean crossSite(HttpServletRequest request) {
    if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    // Host names only: a proxy's Host header may drop the port the browser used.
    Optional<String> from = hostOf(origin);
    return from.isEmpty() || !(from.get().equals(requestHost(request)) || from.equals(publicHost()));
  }

  private static String requestHost(HttpServletRequest request) {
    String forwarded = request.getHeader("X-Forwarded-Host");
    String host = forwarded != null ? forwarded.split(",")[0].strip() : request.getServerName();
    return hostOf("http://" + host).orElse("");
  }

  private static Optional<String> publicHost() {
    return ConfigProvider.getConfig().getOptionalValue("agora.public-url", String.class).flatMap(CrossSiteRequests::hostOf);
  }

  /** The host of an origin or URL, lower case; empty for {@code null} (sandboxed pages, files) or junk. */
  static Optional<String> hostOf(String url) {
    try {
      return Optional.ofNullable(URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
