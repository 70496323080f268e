package org.agora.integration.control;

import java.util.OptionalLong;

/**
 * The token in an email's unsubscribe link: the person's id and an HMAC of it under a key only
 * the server knows, so the link works without logging in and cannot be made for someone else.
 */
public final class UnsubscribeTokens {

  private final String key;

  public UnsubscribeTokens(String key) {
    this.key = key;
  }

  public String token(long personId) {
    return personId + "." + Signatures.sign(key, personId, "unsubscribe").substring(3);
  }

  /** The person a genuine token was made for; empty for anything else. */
  public OptionalLong personId(String token) {
    if (token == null) {
      return OptionalLong.empty();
    }
    int dot = token.indexOf('.');
    if (dot < 1) {
      return OptionalLong.empty();
    }
    long personId;
    try {
      personId = Long.parseLong(token.substring(0, dot));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
    return Signatures.verify(key, personId, "unsubscribe", "v1=" + token.substring(dot + 1))
        ? OptionalLong.of(personId)
        : OptionalLong.empty();
  }
}
