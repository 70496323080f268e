package org.agora.app.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin as browsers compare them: scheme, host and port, with the scheme's default port
 * filled in, so {@code http://agora.example} and {@code http://agora.example:80} are equal and
 * {@code http://agora.example:9999} is another origin.
 */
record SameOrigin(String scheme, String host, int port) {

  /** The origin of an {@code Origin} header or a URL; empty for {@code null} (sandboxed pages, files) or junk. */
  static Optional<SameOrigin> of(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return Optional.of(new SameOrigin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The origin the browser addressed: behind a proxy, its {@code X-Forwarded-Proto} and
   * {@code X-Forwarded-Host} (a page cannot set those on a cross-site request without a CORS
   * preflight, which Agora never grants), else the scheme and the {@code Host} header.
   */
  static Optional<SameOrigin> ofRequest(HttpServletRequest request) {
    String scheme = first(request.getHeader("X-Forwarded-Proto")).orElse(request.getScheme());
    String host = first(request.getHeader("X-Forwarded-Host"))
        .or(() -> first(request.getHeader("Host")))
        .orElseGet(() -> request.getServerName() + ":" + request.getServerPort());
    return of(scheme + "://" + host);
  }

  private static Optional<String> first(String header) {
    return Optional.ofNullable(header).map(h -> h.split(",")[0].strip()).filter(h -> !h.isEmpty());
  }
}
