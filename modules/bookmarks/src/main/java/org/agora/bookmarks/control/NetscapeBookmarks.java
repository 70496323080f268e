package org.agora.bookmarks.control;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agora.platform.boundary.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The Netscape bookmark file that Chrome, Firefox, Edge and Safari export and import: nested
 * {@code <DL>} lists of {@code <DT><H3>} folders and {@code <DT><A>} links, a {@code <DD>} after a
 * link holding its description. Folders become tags; {@code ADD_DATE} and {@code TAGS} are kept.
 * jsoup parses it as the lenient HTML it is.
 */
public final class NetscapeBookmarks {

  /** One link of a file, or why it was left out. */
  public record Entry(String url, String title, String description, Set<String> tags, Instant added) {}

  private NetscapeBookmarks() {}

  /** All links of a file; an empty list when the file holds none. */
  public static List<Entry> parse(String html) {
    Document document = Jsoup.parse(html, "", Parser.htmlParser());
    List<Entry> entries = new ArrayList<>();
    for (Element dl : document.select("dl")) {
      if (dl.parents().stream().noneMatch(p -> p.normalName().equals("dl"))) {
        walk(dl, new ArrayDeque<>(), entries);
      }
    }
    return entries;
  }

  private static void walk(Element list, Deque<String> folders, List<Entry> entries) {
    String folder = null;
    for (Element child : list.children()) {
      String name = child.normalName();
      if (name.equals("dt") || name.equals("p")) {
        Element heading = child.selectFirst("> h3");
        Element link = child.selectFirst("> a");
        Element nested = child.selectFirst("> dl");
        if (heading != null) {
          folder = heading.text();
          if (nested != null) {
            folders.push(folder);
            walk(nested, folders, entries);
            folders.pop();
            folder = null;
          }
        } else if (link != null) {
          entries.add(entry(link, descriptionAfter(child), folders));
        }
        for (Element dt : child.select("> dt")) {
          Element a = dt.selectFirst("> a");
          if (a != null) entries.add(entry(a, descriptionAfter(dt), folders));
        }
      } else if (name.equals("dl") && folder != null) {
        // Some exporters close <DT> before the folder's list: the list still belongs to the folder.
        folders.push(folder);
        walk(child, folders, entries);
        folders.pop();
        folder = null;
      }
    }
  }

  private static Entry entry(Element a, String description, Deque<String> folders) {
    Set<String> tags = new LinkedHashSet<>();
    List<String> path = new ArrayList<>(folders);
    java.util.Collections.reverse(path);
    path.stream().filter(f -> !isToolbar(f)).forEach(tags::add);
    for (String tag : a.attr("tags").split(",")) {
      if (!tag.isBlank()) tags.add(tag.strip());
    }
    Instant added = null;
    String date = a.attr("add_date");
    if (date.matches("\\d{1,12}")) {
      added = Instant.ofEpochSecond(Long.parseLong(date));
    }
    return new Entry(a.attr("href").strip(), a.text(), description, tags, added);
  }

  private static String descriptionAfter(Element dt) {
    Element next = dt.nextElementSibling();
    if (next != null && next.normalName().equals("dd")) {
      return next.ownText().strip();
    }
    Element dd = dt.selectFirst("> dd");
    return dd == null ? null : dd.ownText().strip();
  }

  /** The browsers' own top folders are containers, not topics. */
  private static boolean isToolbar(String folder) {
    String f = folder.toLowerCase(java.util.Locale.ROOT);
    return f.equals("bookmarks bar") || f.equals("bookmarks toolbar") || f.equals("other bookmarks")
        || f.equals("bookmarks menu") || f.equals("favorites bar") || f.equals("lesezeichenleiste");
  }

  /** Writes links as a file every browser imports; tags travel in the TAGS attribute. */
  public static String write(List<Entry> entries) {
    StringBuilder html = new StringBuilder(
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
            + "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n");
    for (Entry e : entries) {
      html.append("    <DT><A HREF=\"").append(Html.escape(e.url())).append('"');
      if (e.added() != null) html.append(" ADD_DATE=\"").append(e.added().getEpochSecond()).append('"');
      if (!e.tags().isEmpty()) html.append(" TAGS=\"").append(Html.escape(String.join(",", e.tags()))).append('"');
      html.append('>').append(Html.escape(e.title())).append("</A>\n");
      if (e.description() != null && !e.description().isBlank()) {
        html.append("    <DD>").append(Html.escape(e.description())).append('\n');
      }
    }
    return html.append("</DL><p>\n").toString();
  }
}
