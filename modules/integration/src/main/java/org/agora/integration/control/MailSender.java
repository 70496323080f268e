package org.agora.integration.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Properties;
import org.agora.integration.control.MailQueue.Claimed;

/**
 * Sends one queued mail over SMTP with Jakarta Mail: multipart/alternative, plain text first and
 * HTML second. The Message-ID is derived from the queue row, so a mail that had to be sent again
 * (a node died between sending and recording) is recognisable as the same one.
 */
public class MailSender {

  private final Session session;
  private final String from;
  private final String domain;

  public MailSender(String host, int port, String from, String user, String password, boolean startTls, int timeoutMillis) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMillis));
    properties.put("mail.smtp.timeout", Integer.toString(timeoutMillis));
    properties.put("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    boolean auth = user != null && !user.isBlank();
    properties.put("mail.smtp.auth", Boolean.toString(auth));
    this.session = auth
        ? Session.getInstance(properties, new jakarta.mail.Authenticator() {
            @Override
            protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
              return new jakarta.mail.PasswordAuthentication(user, password);
            }
          })
        : Session.getInstance(properties);
    this.from = from;
    this.domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "agora";
  }

  public void send(Claimed mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", "<agora-mail-" + mail.id() + "@" + domain + ">");
      }
    };
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(new Date());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    Transport.send(message);
  }
}
