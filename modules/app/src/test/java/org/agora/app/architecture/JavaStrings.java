package org.agora.app.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals and text blocks of a Java source, outside comments, with literals joined by
 * {@code +} read as one string ({@code "select * from " + "person"}), so that SQL split over lines
 * is seen whole.
 */
final class JavaStrings {

  private JavaStrings() {}

  static List<String> of(String java) {
    List<String> strings = new ArrayList<>();
    StringBuilder current = null;
    int lastEnd = -1;
    int i = 0;
    while (i < java.length()) {
      char c = java.charAt(i);
      if (java.startsWith("//", i)) {
        i = endOf(java, "\n", i + 2);
      } else if (java.startsWith("/*", i)) {
        i = endOf(java, "*/", i + 2);
      } else if (c == '\'') {
        i = closing(java, '\'', i + 1) + 1;
      } else if (c == '"') {
        boolean block = java.startsWith("\"\"\"", i);
        int start = block ? i + 3 : i + 1;
        int end = block ? endOf(java, "\"\"\"", start) - 3 : closing(java, '"', start);
        String literal = java.substring(start, Math.max(start, end));
        if (current != null && java.substring(lastEnd, i).strip().equals("+")) {
          current.append(literal);
        } else {
          if (current != null) {
            strings.add(current.toString());
          }
          current = new StringBuilder(literal);
        }
        i = block ? end + 3 : end + 1;
        lastEnd = i;
      } else {
        i++;
      }
    }
    if (current != null) {
      strings.add(current.toString());
    }
    return strings;
  }

  /** The index just after {@code token}, searching from {@code from}; the end of the text without it. */
  private static int endOf(String java, String token, int from) {
    int at = java.indexOf(token, from);
    return at < 0 ? java.length() : at + token.length();
  }

  /** The index of the unescaped {@code quote} that closes a literal starting at {@code from}. */
  private static int closing(String java, char quote, int from) {
    int i = from;
    while (i < java.length() && java.charAt(i) != quote) {
      i += java.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i, java.length());
  }
}
