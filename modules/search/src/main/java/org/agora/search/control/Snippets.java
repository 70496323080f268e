package org.agora.search.control;

import org.agora.platform.boundary.Html;

/** Snippets are HTML: text that did not come from the highlighter is escaped and shortened here. */
final class Snippets {

  static final int MAX_LENGTH = 200;

  private Snippets() {}

  static String plain(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String shortened = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
    return Html.escape(shortened);
  }
}
