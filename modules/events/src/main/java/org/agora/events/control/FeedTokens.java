package org.agora.events.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Calendar feed tokens: 256 random bits with a recognisable prefix, stored only as a SHA-256 hash
 * (a fast hash suffices for a random secret). A token only reads one person's calendar feed.
 */
public final class FeedTokens {

  public static final String PREFIX = "agora_cal_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private FeedTokens() {}

  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Whether a value can be a token at all, before the database is asked. */
  public static boolean looksLikeToken(String value) {
    return value != null && value.startsWith(PREFIX) && value.length() < 100;
  }
}
