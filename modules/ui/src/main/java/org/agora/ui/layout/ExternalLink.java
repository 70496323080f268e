package org.agora.ui.layout;

import com.vaadin.flow.component.html.Anchor;

/** A link to a page outside Agora: a new tab, and the page learns nothing about where it came from. */
public final class ExternalLink {

  private ExternalLink() {}

  public static Anchor to(String url, String text) {
    Anchor link = new Anchor(url, text);
    link.setTarget("_blank");
    link.getElement().setAttribute("rel", "noopener noreferrer");
    return link;
  }
}
