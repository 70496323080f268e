package org.agora.ui.layout;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Vaadin's own messages ("Internal error", "Session expired", "Server connection lost") in the
 * reader's language: they come from the app's translations, not from Vaadin's English defaults.
 */
public class VaadinMessages {

  void install(@Observes ServiceInitEvent event) {
    event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
  }

  private static CustomizedSystemMessages messages(Locale requested) {
    Locale locale = requested == null ? Locale.ENGLISH : requested;
    CustomizedSystemMessages messages = new CustomizedSystemMessages();
    messages.setInternalErrorCaption(t("vaadin.internalError.caption", locale));
    messages.setInternalErrorMessage(t("vaadin.internalError.message", locale));
    messages.setSessionExpiredCaption(t("vaadin.sessionExpired.caption", locale));
    messages.setSessionExpiredMessage(t("vaadin.sessionExpired.message", locale));
    messages.setCookiesDisabledCaption(t("vaadin.cookies.caption", locale));
    messages.setCookiesDisabledMessage(t("vaadin.cookies.message", locale));
    return messages;
  }

  private static String t(String key, Locale locale) {
    return Texts.t(locale, key);
  }
}
