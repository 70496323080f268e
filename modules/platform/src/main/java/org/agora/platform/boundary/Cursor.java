package org.agora.platform.boundary;

import jakarta.ws.rs.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors. Clients must not build them, so they are base64 of the last key seen;
 * a cursor that does not decode is the client's mistake and answers 400.
 */
public final class Cursor {

  private static final String PREFIX = "k:";

  private Cursor() {}

  public static String encode(long key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
  }

  /** The key after which the next page starts, or {@code null} for the first page. */
  public static Long decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException(text);
      }
      return Long.parseLong(text.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("cursor: not a cursor this API handed out");
    }
  }
}
