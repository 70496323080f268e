package org.agora.platform.boundary;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * Text written into HTML or XML that Agora builds itself (mails, exports, avatars, snippets).
 * jsoup's XHTML escaping: {@code & < > " '} as {@code &amp; &lt; &gt; &quot; &#x27;} and nothing
 * else, which every HTML parser, mail client and XML parser reads back as the same text, in
 * element content and in quoted attributes alike.
 */
public final class Html {

  private static final Document.OutputSettings XHTML =
      new Document.OutputSettings().escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");

  private Html() {}

  /** The text escaped for HTML or XML; {@code null} as the empty string. */
  public static String escape(String text) {
    return text == null ? "" : Entities.escape(text, XHTML);
  }
}
