package org.agora.activity.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.platform.boundary.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The badges: unread notifications and new posts per community I belong to. */
@Path("me/unread")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activity")
public class UnreadResource {

  @Inject ReadMarkers markers;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "Unread notifications and, per community I belong to, posts newer than my read marker")
  public ReadMarkers.Unread unread() {
    return markers.summary(currentUser.required());
  }
}
