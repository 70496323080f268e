package org.agora.events.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.agora.events.entity.EventDraft;
import org.agora.events.entity.EventView;
import org.agora.events.entity.Schedule;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.Refusal;

/**
 * The checks on an event as written: a title, times with an offset and the end after the start,
 * an IANA time zone, a place or an http(s) link, a capacity of at least one, and a recurrence rule
 * of the supported subset. A change (PATCH) is the current event with the given fields replaced,
 * checked as a whole; an empty text clears an optional field.
 */
public final class EventRules {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 10_000;
  public static final int MAX_LOCATION = 500;
  public static final int MAX_URL = 2_000;

  /** The fields of a request, as the client sent them; {@code null} means "not given". */
  public record Fields(
      String title,
      String description,
      String startsAt,
      String endsAt,
      String timeZone,
      String location,
      String onlineUrl,
      Long communityId,
      Integer capacity,
      String recurrence) {}

  private EventRules() {}

  /** A new event, checked. */
  public static EventDraft draft(Fields f) {
    String title = UserText.plain(f.title());
    if (title == null || title.isBlank()) {
      throw Refusal.invalid("title", "required");
    }
    if (title.length() > MAX_TITLE) {
      throw Refusal.invalid("title", "at most " + MAX_TITLE + " characters");
    }
    String description = f.description() == null ? "" : f.description().strip();
    if (description.length() > MAX_DESCRIPTION) {
      throw Refusal.invalid("description", "at most " + MAX_DESCRIPTION + " characters");
    }
    Instant startsAt = instant("startsAt", f.startsAt());
    Instant endsAt = instant("endsAt", f.endsAt());
    if (!endsAt.isAfter(startsAt)) {
      throw Refusal.invalid("endsAt", "must be after startsAt");
    }
    ZoneId zone = zone(f.timeZone());
    String location = blankToNull(UserText.plain(f.location()));
    if (location != null && location.length() > MAX_LOCATION) {
      throw Refusal.invalid("location", "at most " + MAX_LOCATION + " characters");
    }
    String onlineUrl = url(blankToNull(f.onlineUrl()));
    if (location == null && onlineUrl == null) {
      throw Refusal.invalid("location", "give a location, an onlineUrl, or both");
    }
    if (f.capacity() != null && f.capacity() < 1) {
      throw Refusal.invalid("capacity", "at least 1, or leave it out for no limit");
    }
    String recurrence = blankToNull(f.recurrence());
    if (recurrence != null) {
      recurrence = RecurrenceRule.parse(recurrence, startsAt, zone).text();
    }
    return new EventDraft(title, description, new Schedule(startsAt, endsAt, zone, recurrence), location, onlineUrl,
        f.communityId(), f.capacity());
  }

  /**
   * The event after a change: every field not given keeps its current value; a capacity of 0
   * removes the limit (JSON cannot tell a null from a field left out).
   */
  public static EventDraft changed(EventView current, Fields patch) {
    return draft(new Fields(
        or(patch.title(), current.title()),
        or(patch.description(), current.description()),
        or(patch.startsAt(), current.startsAt().toString()),
        or(patch.endsAt(), current.endsAt().toString()),
        or(patch.timeZone(), current.timeZone()),
        or(patch.location(), current.location()),
        or(patch.onlineUrl(), current.onlineUrl()),
        patch.communityId() != null ? patch.communityId() : current.community() == null ? null : current.community().id(),
        patch.capacity() == null ? current.capacity() : patch.capacity() == 0 ? null : patch.capacity(),
        or(patch.recurrence(), current.recurrence())));
  }

  /** A time in ISO 8601 with an offset, such as {@code 2026-12-08T10:00:00+01:00} or {@code ...Z}. */
  public static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "required, ISO 8601 with an offset such as 2026-12-08T10:00:00+01:00");
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw Refusal.invalid(field, "not ISO 8601 with an offset, such as 2026-12-08T10:00:00+01:00");
    }
  }

  private static ZoneId zone(String value) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid("timeZone", "required, an IANA time zone such as Europe/Berlin");
    }
    if (!ZoneId.getAvailableZoneIds().contains(value.strip())) {
      throw Refusal.invalid("timeZone", "not an IANA time zone such as Europe/Berlin");
    }
    return ZoneId.of(value.strip());
  }

  private static String url(String value) {
    if (value == null) {
      return null;
    }
    if (value.length() > MAX_URL) {
      throw Refusal.invalid("onlineUrl", "at most " + MAX_URL + " characters");
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()) {
        return value;
      }
    } catch (URISyntaxException e) {
      // answered below
    }
    throw Refusal.invalid("onlineUrl", "an http or https address");
  }

  private static String or(String given, String current) {
    return given != null ? given : current;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
