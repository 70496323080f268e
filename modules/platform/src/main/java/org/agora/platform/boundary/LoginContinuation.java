package org.agora.platform.boundary;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Where a login returns to: the page someone asked for before they were sent to log in (a
 * bookmarklet's prefilled save dialog, a link a colleague shared), remembered in their session.
 */
public final class LoginContinuation {

  /** Session attribute holding the path, written by the UI, read once by the login. */
  public static final String SESSION_ATTRIBUTE = "agora.continueAfterLogin";

  private LoginContinuation() {}

  /** The path to go on to after signing in, read once: it is gone from the session afterwards. */
  public static Optional<String> take(HttpSession session) {
    Object next = session.getAttribute(SESSION_ATTRIBUTE);
    session.removeAttribute(SESSION_ATTRIBUTE);
    return isLocalPath(next) ? Optional.of((String) next) : Optional.empty();
  }

  /** Only a path on this server, never another site ({@code //evil.example}, {@code https:...}). */
  public static boolean isLocalPath(Object next) {
    return next instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
        && !path.startsWith("/login") && path.length() <= 4000;
  }
}
