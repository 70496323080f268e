package org.agora.onboarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A newcomer's buddy, whom admins assign; the buddy is told. */
@Path("people/{id}/buddy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "onboarding")
public class BuddyResource {

  @Inject OnboardingAdmin admin;
  @Inject CurrentUser currentUser;

  @PUT
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Make a colleague this newcomer's buddy (admins); the buddy is notified")
  public Response assign(@PathParam("id") long id, @Valid @NotNull BuddyRequest request) {
    admin.assignBuddy(currentUser.required(), id, request.buddyId);
    return Response.noContent().build();
  }

  @DELETE
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Remove this newcomer's buddy (admins)")
  public Response remove(@PathParam("id") long id) {
    admin.removeBuddy(id);
    return Response.noContent().build();
  }
}
