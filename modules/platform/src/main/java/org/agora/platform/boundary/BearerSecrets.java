package org.agora.platform.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets that are their own credential (personal access tokens, calendar feed addresses): 256
 * random bits behind a recognisable prefix, so secret scanners can spot leaked ones, stored only as
 * a SHA-256 hash. A fast hash is right here because the secret is random, unlike a password.
 */
public record BearerSecrets(String prefix) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Whether a value can be such a secret at all, before the database is asked. */
  public boolean looksLikeOne(String value) {
    return value != null && value.startsWith(prefix) && value.length() < 100;
  }
}
