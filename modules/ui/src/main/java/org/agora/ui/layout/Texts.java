package org.agora.ui.layout;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/**
 * Translations for code that is not a component (static helpers, label generators): the same
 * bundles as {@code getTranslation}, in the current UI's language or in a given one.
 */
public final class Texts {

  private static final IcuTranslations TRANSLATIONS = new IcuTranslations();

  private Texts() {}

  public static String t(String key, Object... parameters) {
    return I18NProvider.translate(key, parameters);
  }

  /** In this language: for wording decided apart from the UI, and testable without one. */
  public static String t(Locale locale, String key, Object... parameters) {
    return TRANSLATIONS.getTranslation(key, locale, parameters);
  }
}
