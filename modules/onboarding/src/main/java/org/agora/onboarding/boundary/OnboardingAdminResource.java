package org.agora.onboarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.agora.onboarding.entity.NewcomerView;
import org.agora.onboarding.entity.OnboardingSettings;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admins' side of onboarding: department communities, the newcomers and who flagged them. */
@Path("admin/onboarding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "onboarding")
public class OnboardingAdminResource {

  @Inject OnboardingAdmin admin;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Per department: its community and the communities recommended to its newcomers")
  public OnboardingSettings settings() {
    return admin.settings();
  }

  @PUT
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Replace every department's onboarding communities")
  public OnboardingSettings configure(@Valid @NotNull OnboardingSettingsRequest request) {
    return admin.configure(request);
  }

  @GET
  @Path("newcomers")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Everyone who joined in the last 30 days or was flagged, with buddy and progress")
  public List<NewcomerView> newcomers() {
    return admin.newcomers();
  }

  @PUT
  @Path("newcomers/{personId}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Count a person as a newcomer, whenever they joined")
  public Response flag(@PathParam("personId") long personId) {
    admin.flag(currentUser.required(), personId);
    return Response.noContent().build();
  }

  @DELETE
  @Path("newcomers/{personId}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "No longer count a person as a newcomer beyond their first 30 days")
  public Response unflag(@PathParam("personId") long personId) {
    admin.unflag(personId);
    return Response.noContent().build();
  }
}
