package org.agora.platform.boundary;

import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Makes user-supplied text safe before it is stored. Plain fields keep no markup at all; rich
 * text keeps a small formatting subset with safe links only.
 */
public final class UserText {

  private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();

  private static final PolicyFactory RICH =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(new HtmlPolicyBuilder().allowElements("pre", "code", "ul", "ol", "li").toFactory());

  private UserText() {}

  /**
   * Strips every tag and trims; {@code null} stays {@code null}. The sanitizer escapes what it
   * keeps for HTML, so entities are turned back into characters: the result is text, not HTML.
   */
  public static String plain(String text) {
    if (text == null) {
      return null;
    }
    String stripped = NO_MARKUP.sanitize(text);
    return Encoding.decodeHtml(stripped, false).strip();
  }

  /** Keeps safe formatting (bold, lists, links with http/https/mailto) and drops the rest. */
  public static String html(String html) {
    return html == null ? null : RICH.sanitize(html);
  }

}
