package org.agora.search.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.agora.platform.entity.Refusal;

/**
 * The opaque {@code next} cursor of search results: where the last hit sorted ({@code search_after}
 * on score and key) and the instant the first page measured freshness from, so that later pages
 * score exactly as the first did. Unlike the platform's keyset {@code Cursor} it holds more than one
 * long; its prefix keeps the two from being mistaken for each other.
 */
public record SearchCursor(long origin, double score, String key) {

  private static final String PREFIX = "s1:";

  public String encode() {
    String text = PREFIX + origin + ":" + score + ":" + key;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor, or {@code null} for the first page; 400 when it is not one we handed out. */
  public static SearchCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException(text);
      }
      String[] parts = text.substring(PREFIX.length()).split(":", 3);
      if (parts.length != 3 || parts[2].isEmpty()) {
        throw new IllegalArgumentException(text);
      }
      double score = Double.parseDouble(parts[1]);
      if (!Double.isFinite(score)) {
        throw new IllegalArgumentException(text);
      }
      return new SearchCursor(Long.parseLong(parts[0]), score, parts[2]);
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("cursor", "not a cursor this API handed out");
    }
  }
}
