package org.agora.platform.boundary.input;

/**
 * The characters no text in Agora may hold: the C0 controls other than tab, line feed and carriage
 * return. PostgreSQL refuses NUL in text outright (a 500 deep in a query), and the others only
 * serve to hide or garble what a reader sees.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  public static boolean isRefused(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  public static boolean anyIn(CharSequence text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (isRefused(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
