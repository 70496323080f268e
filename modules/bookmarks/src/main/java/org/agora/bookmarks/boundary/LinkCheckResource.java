package org.agora.bookmarks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.agora.bookmarks.control.LinkInspector;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins start the dead-link check at once instead of waiting for its next scheduled round. */
@Path("admin/bookmarks/link-check")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bookmarks")
@RolesAllowed(Roles.ADMIN)
public class LinkCheckResource {

  @Inject LinkInspector inspector;
  @Inject Clock clock;

  @POST
  @Operation(summary = "Visit every saved link now, in the background (admins); 202, results appear as linkStatus")
  public Response checkNow() {
    inspector.checkInBackground(Instant.now(clock));
    return Response.accepted().build();
  }
}
