package org.agora.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * English and German for the web UI, from {@code agora-i18n/messages*.properties}. Vaadin picks
 * the browser's language when it is one of these and falls back to English; a missing German
 * text shows the English one, a missing key shows itself in brackets so it is noticed.
 */
@ApplicationScoped
public class AgoraTranslations implements I18NProvider {

  static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

  @Override
  public List<Locale> getProvidedLocales() {
    return LOCALES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale language = locale != null && "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    try {
      String text = ResourceBundle.getBundle("agora-i18n.messages", language, Control.NO_FALLBACK).getString(key);
      return params.length == 0 ? text : new MessageFormat(text, language).format(params);
    } catch (MissingResourceException e) {
      return "[" + key + "]";
    }
  }

  /** English is the base bundle; no fallback to the JVM's default locale. */
  static final class Control {
    static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Control() {}
  }
}
