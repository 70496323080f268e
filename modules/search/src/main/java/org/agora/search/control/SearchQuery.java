package org.agora.search.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.agora.platform.entity.Refusal;

/**
 * A search request, checked: text of 1 to {@value #MAX_TEXT} characters, known types only (none
 * means all), optional department, community (name or id) and tag, an optional date range ({@code to} includes the
 * whole of a day given without time), a page size and where the previous page ended.
 */
public record SearchQuery(
    String text,
    Set<String> types,
    String department,
    String community,
    String tag,
    Instant from,
    Instant to,
    int limit,
    SearchCursor after) {

  public static final int MAX_TEXT = 200;
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 50;

  public static SearchQuery of(
      String q,
      String type,
      String department,
      String community,
      String tag,
      String from,
      String to,
      Integer limit,
      String cursor,
      Collection<String> knownTypes) {
    String text = text(q);
    Set<String> types = types(type, knownTypes);
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw Refusal.invalid("limit", "must be between 1 and " + MAX_LIMIT);
    }
    Instant start = instant("from", from, false);
    Instant end = instant("to", to, true);
    if (start != null && end != null && start.isAfter(end)) {
      throw Refusal.invalid("from", "must not be after to");
    }
    return new SearchQuery(
        text, types, optional("department", department), optional("community", community), optional("tag", tag), start, end, size, SearchCursor.decode(cursor));
  }

  /** The text to search for: required, at most {@value #MAX_TEXT} characters. */
  public static String text(String q) {
    String text = q == null ? "" : q.strip();
    if (text.isEmpty()) {
      throw Refusal.invalid("q", "must not be empty");
    }
    if (text.length() > MAX_TEXT) {
      throw Refusal.invalid("q", "at most " + MAX_TEXT + " characters");
    }
    return text;
  }

  private static Set<String> types(String type, Collection<String> knownTypes) {
    if (type == null || type.isBlank()) {
      return Set.copyOf(knownTypes);
    }
    Set<String> types = new LinkedHashSet<>();
    for (String t : type.split(",")) {
      String name = t.strip().toLowerCase(Locale.ROOT);
      if (!knownTypes.contains(name)) {
        throw Refusal.invalid("type", "unknown type '" + shorten(name) + "'; known: " + String.join(", ", knownTypes));
      }
      types.add(name);
    }
    return types;
  }

  private static Instant instant(String field, String value, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(endOfDay ? 1 : 0);
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw Refusal.invalid(field, "a date (2026-01-31) or an instant (2026-01-31T12:00:00Z)");
    }
  }

  private static String optional(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > MAX_TEXT) {
      throw Refusal.invalid(field, "at most " + MAX_TEXT + " characters");
    }
    return stripped;
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
