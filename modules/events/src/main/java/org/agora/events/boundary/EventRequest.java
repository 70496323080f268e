package org.agora.events.boundary;

import jakarta.validation.constraints.Size;
import org.agora.events.control.EventRules;

/**
 * A new event (POST: title, startsAt, endsAt, timeZone and a location or onlineUrl required) or a
 * change to one (PATCH: every field optional; an empty text clears location, onlineUrl or
 * recurrence). Times are ISO 8601 with an offset; the recurrence is an RRULE value.
 */
public class EventRequest {
  @Size(max = 200) public String title;
  @Size(max = 10000) public String description;
  @Size(max = 64) public String startsAt;
  @Size(max = 64) public String endsAt;
  @Size(max = 64) public String timeZone;
  @Size(max = 500) public String location;
  @Size(max = 2000) public String onlineUrl;
  public Long communityId;
  public Integer capacity;
  @Size(max = 300) public String recurrence;

  EventRules.Fields fields() {
    return new EventRules.Fields(title, description, startsAt, endsAt, timeZone, location, onlineUrl, communityId, capacity,
        recurrence);
  }
}
