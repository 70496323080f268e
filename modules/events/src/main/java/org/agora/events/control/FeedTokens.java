package org.agora.events.control;

import org.agora.platform.boundary.BearerSecrets;

/**
 * Calendar feed tokens ({@code agora_cal_...}), stored only as a SHA-256 hash. A token only reads
 * one person's calendar feed.
 */
public final class FeedTokens {

  public static final String PREFIX = "agora_cal_";
  private static final BearerSecrets SECRETS = new BearerSecrets(PREFIX);

  private FeedTokens() {}

  public static String newToken() {
    return SECRETS.newSecret();
  }

  public static String hash(String token) {
    return BearerSecrets.hash(token);
  }

  /** Whether a value can be a token at all, before the database is asked. */
  public static boolean looksLikeToken(String value) {
    return SECRETS.looksLikeOne(value);
  }
}
