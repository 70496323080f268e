package org.agora.communities.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form two community names share when colleagues would read them as the same name ("Café Team",
 * "cafe  team", "CAFE TEAM"): what the database keeps unique.
 *
 * <p>Only the combining diacritical mark blocks are dropped, not every combining mark: in scripts
 * such as Devanagari vowel signs are combining marks too, and dropping them would merge different
 * words. The migration that introduced the key backfills it with the same rules in SQL.
 */
public final class CommunityNameKey {

  private static final Pattern DIACRITICS =
      Pattern.compile("[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private CommunityNameKey() {}

  public static String of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String bare = DIACRITICS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(bare).replaceAll(" ").strip();
  }
}
