package org.agora.governance.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.governance.entity.CaseStatus;
import org.agora.governance.entity.ModerationCase;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderation queue of community moderators and admins. */
@Path("moderation/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "moderation")
public class ModerationResource {

  @Inject Moderation moderation;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "My moderation queue: cases in communities I moderate (admins: all), ?status= (default OPEN)")
  public Page<ModerationCase> queue(@QueryParam("status") CaseStatus status, @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return moderation.queue(currentUser.required(), status, PageRequest.of(limit, cursor));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One case with its reports' reasons and notes")
  public ModerationCase get(@PathParam("id") long id) {
    return moderation.get(currentUser.required(), id);
  }

  @POST
  @Path("{id}/decision")
  @Operation(summary = "Hide, restore, delete or dismiss, with a note; the author is notified and the audit log records it")
  public ModerationCase decide(@PathParam("id") long id, @Valid @NotNull DecisionRequest request) {
    return moderation.decide(currentUser.required(), id, request);
  }
}
