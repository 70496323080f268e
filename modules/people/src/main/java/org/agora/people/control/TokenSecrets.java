package org.agora.people.control;

import org.agora.platform.boundary.BearerSecrets;

/** Personal access token secrets ({@code agora_pat_...}), stored only as a SHA-256 hash. */
public final class TokenSecrets {

  public static final String PREFIX = "agora_pat_";
  private static final BearerSecrets SECRETS = new BearerSecrets(PREFIX);

  private TokenSecrets() {}

  public static String newSecret() {
    return SECRETS.newSecret();
  }

  public static String hash(String secret) {
    return BearerSecrets.hash(secret);
  }

  public static boolean looksLikeToken(String value) {
    return SECRETS.looksLikeOne(value);
  }
}
