package org.agora.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every answer carries, also those written before or outside the filter
 * chain (the login mechanism's 401 and 429, the container's error pages). The content security
 * policy is the strictest Vaadin Flow works under: its bootstrap and {@code executeJs} need inline
 * scripts and eval, its components inline styles. Framing is refused everywhere (clickjacking);
 * HSTS is sent only over HTTPS (a TLS-terminating proxy sets {@code X-Forwarded-Proto}). API
 * answers are personal and must not be kept by browsers or proxies ({@code no-store}); a resource
 * that may be cached (avatars) says so itself, over this default.
 */
public final class SecurityHeaders {

  public static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
      + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
      + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  public static void addTo(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/metrics")) {
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /** For answers that are problems, not pages: never cached, wherever they come from. */
  public static void addToProblem(HttpServletRequest request, HttpServletResponse response) {
    addTo(request, response);
    response.setHeader("Cache-Control", "no-store");
  }
}
