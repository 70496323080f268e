package org.agora.integration.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.agora.platform.boundary.Html;

/**
 * Writes notification and digest emails, in English or German, as plain text and as HTML with the
 * same content. Names and excerpts are user text: escaped in the HTML part.
 */
public final class MailTemplates {

  /** A written email. */
  public record Mail(String subject, String text, String html) {}

  private final ResourceBundle bundle;
  private final Locale locale;

  public MailTemplates(String language) {
    this.locale = "de".equals(language) ? Locale.GERMAN : Locale.ENGLISH;
    // No fallback to the JVM's default locale: English is the base bundle.
    this.bundle = ResourceBundle.getBundle("org.agora.integration.control.mail", locale, MailTemplates.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** One notification; {@code subject} is the kind (MENTIONED, INVITED, JOIN_REQUESTED). */
  public Mail notification(String kind, String recipientName, String actorName, String about, String link, String unsubscribe) {
    String subject = format(kind + ".subject", actorName, about);
    String line = format(kind + ".line", actorName, about);
    return body(subject, recipientName, List.of(line), link, unsubscribe, null);
  }

  public String digestLine(String notificationType, String actorName) {
    return bundle.containsKey("digest." + notificationType) ? format("digest." + notificationType, actorName) : actorName;
  }

  public Mail digest(String recipientName, List<String> lines, String link, String unsubscribe) {
    return body(format("digest.subject", lines.size()), recipientName, lines, link, unsubscribe, format("digest.intro"));
  }

  private Mail body(String subject, String recipientName, List<String> lines, String link, String unsubscribe, String intro) {
    StringBuilder text = new StringBuilder(format("greeting", recipientName)).append("\n\n");
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
        .append("\"><body><p>").append(Html.escape(format("greeting", recipientName))).append("</p>");
    if (intro != null) {
      text.append(intro).append("\n\n");
      html.append("<p>").append(Html.escape(intro)).append("</p>");
    }
    html.append("<ul>");
    for (String line : lines) {
      text.append("* ").append(line).append('\n');
      html.append("<li>").append(Html.escape(line)).append("</li>");
    }
    html.append("</ul>");
    text.append('\n').append(format("open")).append(": ").append(link).append("\n\n-- \n")
        .append(format("footer")).append('\n').append(format("unsubscribe")).append(": ").append(unsubscribe).append('\n');
    html.append("<p><a href=\"").append(Html.escape(link)).append("\">").append(Html.escape(format("open"))).append("</a></p>")
        .append("<hr><p style=\"color:#666;font-size:small\">").append(Html.escape(format("footer"))).append(" <a href=\"")
        .append(Html.escape(unsubscribe)).append("\">").append(Html.escape(format("unsubscribe"))).append("</a></p></body></html>");
    return new Mail(subject, text.toString(), html.toString());
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
