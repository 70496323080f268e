package org.agora.events.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's calendar feed for calendar apps, which cannot sign in: the token is the credential.
 * web.xml leaves this one path out of the API's login constraint; an unknown or revoked token is 404.
 */
@Path("me/calendar.ics")
@Tag(name = "events")
public class CalendarFeedResource {

  @Inject Calendars calendars;

  @GET
  @Operation(summary = "My events (organised, or answered YES or MAYBE) as an iCalendar feed; no login, ?token= instead")
  public Response feed(@QueryParam("token") String token) {
    return Response.ok(calendars.feed(token), EventsResource.TEXT_CALENDAR).build();
  }
}
