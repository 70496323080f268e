package org.agora.announcements.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;

/** The rules of an announcement that need no database: its input, who may post it, whether it still shows. */
public final class AnnouncementRules {

  /** As long as a post may be. */
  public static final int MAX_TEXT = 10_000;
  /** The longest an announcement stays pinned. */
  public static final Duration MAX_PINNED = Duration.ofDays(366);

  private AnnouncementRules() {}

  /** A checked announcement, ready to be stored. */
  public record Draft(String text, Long communityId, boolean mustRead, Instant pinnedUntil) {}

  public static Draft draft(String text, Long communityId, Boolean mustRead, String pinnedUntil, Instant now) {
    if (text == null || text.isBlank()) {
      throw Refusal.invalid("text", "must not be blank");
    }
    if (text.length() > MAX_TEXT) {
      throw Refusal.invalid("text", "must be at most " + MAX_TEXT + " characters");
    }
    if (communityId != null && communityId <= 0) {
      throw Refusal.invalid("communityId", "must be a community's id");
    }
    Instant until = pinnedUntil(pinnedUntil);
    if (!until.isAfter(now)) {
      throw Refusal.invalid("pinnedUntil", "must be in the future");
    }
    if (until.isAfter(now.plus(MAX_PINNED))) {
      throw Refusal.invalid("pinnedUntil", "must be at most a year ahead");
    }
    return new Draft(text.strip(), communityId, Boolean.TRUE.equals(mustRead), until);
  }

  /**
   * An instant ({@code 2027-01-31T12:00:00Z}), or a date ({@code 2027-01-31}), which pins through
   * the whole of that day (until the next day begins, UTC).
   */
  static Instant pinnedUntil(String value) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid("pinnedUntil", "must be a date (2027-01-31) or an instant (2027-01-31T12:00:00Z)");
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw Refusal.invalid("pinnedUntil", "must be a date (2027-01-31) or an instant (2027-01-31T12:00:00Z)");
    }
  }

  /**
   * Admins announce to everyone; a community's owners and moderators (and admins) to its members.
   * {@code moderates} is whether the poster moderates the community ({@code CommunityAccess}).
   */
  public static boolean mayPost(AgoraPrincipal poster, Long communityId, boolean moderates) {
    return communityId == null ? poster.admin() : moderates;
  }

  /** Whether an announcement still stands above a reader's feed. */
  public static boolean pinned(Instant pinnedUntil, Instant now, boolean confirmed, boolean dismissed) {
    return pinnedUntil.isAfter(now) && !confirmed && !dismissed;
  }
}
