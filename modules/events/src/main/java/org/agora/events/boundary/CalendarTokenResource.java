package org.agora.events.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.events.entity.FeedToken;
import org.agora.platform.boundary.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My calendar feed's token: create or replace it (shown once), or revoke it. */
@Path("me/calendar-token")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class CalendarTokenResource {

  @Inject Calendars calendars;
  @Inject CurrentUser currentUser;

  @POST
  @Operation(summary = "A new read-only token for my calendar feed, replacing the old one; shown once, with the feed URL")
  public Response create() {
    FeedToken token = calendars.newFeedToken(currentUser.required());
    return Response.status(Response.Status.CREATED).entity(token).build();
  }

  @DELETE
  @Operation(summary = "Revoke my calendar feed token")
  public Response revoke() {
    calendars.revokeFeedToken(currentUser.required());
    return Response.noContent().build();
  }
}
