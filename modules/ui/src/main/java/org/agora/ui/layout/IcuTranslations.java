package org.agora.ui.layout;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's texts from {@code vaadin-i18n/translations*.properties}, formatted as ICU messages:
 * plurals follow each language's rules ({@code {0, plural, one {# comment} other {# comments}}}),
 * numbers and dates the reader's locale. Vaadin's CDI integration picks this bean up (it
 * looks only for beans marked {@code @VaadinServiceEnabled}).
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class IcuTranslations implements I18NProvider {

  private static final String BUNDLE = "vaadin-i18n.translations";
  private static final List<Locale> PROVIDED = List.of(Locale.ENGLISH, Locale.GERMAN);
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Override
  public List<Locale> getProvidedLocales() {
    return PROVIDED;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale language = locale == null ? Locale.ENGLISH : locale;
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, language, getClass().getClassLoader(), NO_FALLBACK).getString(key);
    } catch (MissingResourceException missing) {
      return "!{" + key + "}!";
    }
    if (params == null || params.length == 0) {
      return pattern; // without arguments a text is shown as written, as Vaadin's own provider does
    }
    return new MessageFormat(pattern, language).format(params);
  }
}
