package org.agora.integration.entity;

/** A person's email settings: notification mail ({@code notifications}) on or off, digest frequency, language (en, de). */
public record MailSettings(boolean notifications, DigestFrequency digest, String language) {

  public static final MailSettings DEFAULTS = new MailSettings(true, DigestFrequency.NONE, "en");
}
