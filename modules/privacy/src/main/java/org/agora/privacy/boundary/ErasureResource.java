package org.agora.privacy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.Roles;
import org.agora.privacy.entity.ErasureOutcome;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins erase a person's personal data (GDPR Art. 17). */
@Path("admin/people/{id}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "privacy")
public class ErasureResource {

  @Inject Erasures erasures;
  @Inject CurrentUser currentUser;

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Erase a person's data: account disabled and anonymised, content kept as \"Former colleague\" "
      + "or deleted (agora.privacy.erasure.keep-content); a repeated call answers the same outcome")
  public ErasureOutcome erase(@PathParam("id") long id, @Valid @NotNull ErasureRequest request) {
    return erasures.erase(currentUser.required(), id, request.reason());
  }
}
