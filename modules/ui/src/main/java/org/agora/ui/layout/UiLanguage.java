package org.agora.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The UI's language: the one chosen on the profile, else the browser's (Accept-Language, matched
 * by Vaadin's I18NProvider against the bundles). The choice is read once per session.
 */
public final class UiLanguage {

  /** Session attribute: the chosen language tag, or "" when the browser decides. */
  static final String CHOSEN = "agora.uiLanguage";

  private UiLanguage() {}

  static boolean known(VaadinSession session) {
    return session.getAttribute(CHOSEN) != null;
  }

  static void apply(UI ui, VaadinSession session, String chosen) {
    session.setAttribute(CHOSEN, chosen == null ? "" : chosen);
    if (chosen != null && !chosen.isBlank()) {
      ui.setLocale(Locale.forLanguageTag(chosen));
    }
  }

  static void apply(UI ui, VaadinSession session) {
    Object chosen = session.getAttribute(CHOSEN);
    if (chosen instanceof String tag && !tag.isBlank()) {
      ui.setLocale(Locale.forLanguageTag(tag));
    }
  }

  /** After the profile's choice changed: remember it and draw the page again in that language. */
  public static void changed(UI ui, String chosen) {
    VaadinSession.getCurrent().setAttribute(CHOSEN, chosen == null ? "" : chosen);
    ui.getPage().reload();
  }
}
