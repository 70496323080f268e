package org.agora.governance.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.governance.entity.ModerationCase;
import org.agora.governance.entity.ReportReceived;
import org.agora.platform.boundary.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reporting something to the moderators. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "moderation")
public class ReportsResource {

  @Inject Moderation moderation;
  @Inject CurrentUser currentUser;

  @POST
  @Operation(summary = "Report a post, comment, bookmark or profile I can see, with a reason (202)")
  public Response report(@Valid @NotNull ReportRequest request) {
    ModerationCase opened = moderation.report(currentUser.required(), request);
    return Response.status(Response.Status.ACCEPTED).entity(new ReportReceived(opened.id())).build();
  }
}
