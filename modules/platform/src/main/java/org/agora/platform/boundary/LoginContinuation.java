package org.agora.platform.boundary;

/**
 * Where a login returns to: the page someone asked for before they were sent to log in (a
 * bookmarklet's prefilled save dialog, a link a colleague shared), remembered in their session.
 */
public final class LoginContinuation {

  /** Session attribute holding the path, written by the UI, read once by the login. */
  public static final String SESSION_ATTRIBUTE = "agora.continueAfterLogin";

  private LoginContinuation() {}

  /** Only a path on this server, never another site ({@code //evil.example}, {@code https:...}). */
  public static boolean isLocalPath(Object next) {
    return next instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
        && !path.startsWith("/login") && path.length() <= 4000;
  }
}
