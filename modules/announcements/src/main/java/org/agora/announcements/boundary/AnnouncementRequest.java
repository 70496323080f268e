package org.agora.announcements.boundary;

import jakarta.validation.constraints.Size;

/**
 * A new announcement: {@code text} in Markdown as posts have it, {@code communityId} for a
 * community's members (else everyone), {@code mustRead} (default false), and {@code pinnedUntil},
 * a date ({@code 2027-01-31}, pinned through that day, UTC) or an instant, at most a year ahead.
 */
public class AnnouncementRequest {
  @Size(max = 10000) public String text;
  public Long communityId;
  public Boolean mustRead;
  @Size(max = 64) public String pinnedUntil;
}
