package org.agora.activity.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.platform.boundary.UserText;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders what people write: a Markdown subset (emphasis, lists, quotes, code, links) to HTML,
 * with {@code @username} mentions and {@code #tags} turned into links, and the result run through
 * the HTML sanitizer. Raw HTML in the input is shown as text, never interpreted.
 */
public final class MarkdownRenderer {

  static final Pattern MENTION = Pattern.compile("(?<![\\w@/])@([a-z0-9][a-z0-9._-]{1,63})", Pattern.CASE_INSENSITIVE);
  static final Pattern TAG = Pattern.compile("(?<![\\w#&/])#([\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,59})");
  private static final Pattern TAG_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,59}");

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>").build();

  private MarkdownRenderer() {}

  /** The usernames and tags a text mentions, in order of appearance, without duplicates. */
  public record References(Set<String> usernames, Set<String> tags) {}

  public static References references(String text) {
    Set<String> usernames = new LinkedHashSet<>();
    Set<String> tags = new LinkedHashSet<>();
    Node document = PARSER.parse(text);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            collect(MENTION, node.getLiteral(), usernames);
            collect(TAG, node.getLiteral(), tags);
          }
        });
    return new References(usernames, tags);
  }

  /**
   * Renders the text; {@code people} maps the usernames that exist to their id. Unknown
   * usernames stay plain text.
   */
  public static String html(String text, Map<String, Long> people) {
    Node document = PARSER.parse(text);
    List<Text> texts = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            texts.add(node);
          }

          @Override
          public void visit(Code code) {
            // Inline code is shown literally: no links inside it.
          }
        });
    texts.forEach(node -> linkReferences(node, people));
    return UserText.html(RENDERER.render(document));
  }

  /** Whether a tag, as followed or linked, is one a post could carry: 1 to 60 letters, digits, '-' or '_'. */
  public static boolean isTag(String tag) {
    return tag != null && TAG_NAME.matcher(tag).matches();
  }

  public static String normalizeTag(String tag) {
    return tag.toLowerCase(Locale.ROOT);
  }

  private static void collect(Pattern pattern, String literal, Set<String> into) {
    Matcher m = pattern.matcher(literal);
    while (m.find()) {
      into.add(m.group(1).toLowerCase(Locale.ROOT));
    }
  }

  /** Splits one text node around its mentions and tags, inserting links in their place. */
  private static void linkReferences(Text node, Map<String, Long> people) {
    if (node.getParent() instanceof Link) {
      return;
    }
    String literal = node.getLiteral();
    Pattern either = Pattern.compile(MENTION.pattern() + "|" + TAG.pattern(), Pattern.CASE_INSENSITIVE);
    Matcher m = either.matcher(literal);
    int last = 0;
    List<Node> parts = new ArrayList<>();
    while (m.find()) {
      Link link = null;
      if (m.group(1) != null) {
        Long id = people.get(m.group(1).toLowerCase(Locale.ROOT));
        if (id != null) {
          link = new Link("/people/" + id, null);
        }
      } else {
        link = new Link("/tags/" + normalizeTag(m.group(2)), null);
      }
      if (link == null) {
        continue;
      }
      if (m.start() > last) {
        parts.add(new Text(literal.substring(last, m.start())));
      }
      link.appendChild(new Text(m.group()));
      parts.add(link);
      last = m.end();
    }
    if (parts.isEmpty()) {
      return;
    }
    if (last < literal.length()) {
      parts.add(new Text(literal.substring(last)));
    }
    parts.forEach(node::insertBefore);
    node.unlink();
  }
}
