package org.agora.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.people.control.OidcSettings;
import org.agora.people.control.SsoStatus;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins: whether single sign-on works, its last success and its last refusal with the reason. */
@Path("admin/sso")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@RolesAllowed(Roles.ADMIN)
public class SsoStatusResource {

  @Inject SsoStatus status;
  @Inject OidcSettings settings;
  @Inject LoginOptions options;

  @GET
  @Path("status")
  @Operation(summary = "Admins: single sign-on configuration and the last success and failure on this node")
  public SsoStatus.View status() {
    return status.view(settings.configured(), settings.configured() ? settings.issuer() : null, options.passwordEnabled());
  }
}
