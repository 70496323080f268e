package org.agora.ui.layout;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Translations for code that is not a component (static helpers, label generators): the same
 * bundles as {@code getTranslation}, in the current UI's language.
 */
public final class Texts {

  private Texts() {}

  public static String t(String key, Object... parameters) {
    return I18NProvider.translate(key, parameters);
  }
}
