package org.agora.people.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal access token secrets: 256 random bits with a recognisable prefix (so secret scanners
 * can spot leaked ones), stored only as a SHA-256 hash. A fast hash is right here because the
 * secret is random, unlike a password.
 */
public final class TokenSecrets {

  public static final String PREFIX = "agora_pat_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  public static boolean looksLikeToken(String value) {
    return value != null && value.startsWith(PREFIX) && value.length() < 100;
  }
}
