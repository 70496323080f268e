package org.agora.integration.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code v1=} and the hex HMAC-SHA256 of {@code timestamp + "." + body}
 * under the webhook's secret. Signing the timestamp lets receivers reject replays of old
 * deliveries; the version prefix leaves room for another scheme without breaking receivers.
 */
public final class Signatures {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Signatures() {}

  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Compares in constant time, so the signature cannot be guessed byte by byte. */
  public static boolean verify(String secret, long timestamp, String body, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
  }

  /** A new secret: 256 random bits, hex. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
