package org.agora.ui.layout;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Turns a view's server-side element tree (as HTML) into something a browser draws without
 * Vaadin's scripts: the layouts become flex boxes with Lumo's spacing, avatars grey circles, and
 * what only works with the scripts goes (buttons, fields, icons, menus, dialogs). Ids go too, so
 * that nothing in the copy answers for the page's own elements.
 */
final class ReadOnlyCopy {

  private static final Set<String> LAYOUTS = Set.of("vaadin-vertical-layout", "vaadin-horizontal-layout");

  private ReadOnlyCopy() {}

  /** The same element, changed in place. */
  static Element of(Element root) {
    root.removeAttr("class").removeAttr("role");
    for (Element element : root.select("*")) {
      element.removeAttr("id").removeAttr("tabindex");
      String tag = element.normalName();
      if (LAYOUTS.contains(tag)) {
        flexBox(element, tag.equals("vaadin-vertical-layout"));
      } else if (tag.equals("vaadin-avatar")) {
        element.tagName("span").clearAttributes().attr("style", "display:inline-block;flex:none;width:var(--lumo-size-m);"
            + "height:var(--lumo-size-m);border-radius:50%;background:var(--lumo-contrast-10pct)");
      } else if (tag.startsWith("vaadin-") || tag.equals("button") || tag.equals("input") || tag.equals("textarea")
          || tag.equals("script")) {
        element.remove();
      }
    }
    // Rows whose every part was a control (a card's buttons, the reply field) would leave gaps.
    for (Element element : root.select("div[style^=display:flex]").reversed()) {
      if (element != root && element.children().isEmpty() && !element.hasText()) {
        element.remove();
      }
    }
    return root;
  }

  /** Lumo's look of a vertical or horizontal layout; the element's own inline style still wins. */
  private static void flexBox(Element element, boolean vertical) {
    String theme = element.attr("theme");
    StringBuilder style = new StringBuilder("display:flex;box-sizing:border-box;")
        .append(vertical ? "flex-direction:column;align-items:flex-start;" : "flex-direction:row;");
    if (theme.contains("spacing")) {
      style.append("gap:var(--lumo-space-m);");
    }
    if (theme.contains("padding")) {
      style.append("padding:var(--lumo-space-m);");
    }
    element.tagName("div").removeAttr("theme").attr("style", style + element.attr("style"));
  }
}
