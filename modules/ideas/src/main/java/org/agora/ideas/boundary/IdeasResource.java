package org.agora.ideas.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.ideas.entity.IdeaView;
import org.agora.platform.boundary.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One idea: read it, vote on it, move its status. */
@Path("ideas/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ideas")
public class IdeasResource {

  @Inject Ideas ideas;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "One idea with its votes, my vote and its status")
  public IdeaView get(@PathParam("id") long id) {
    return ideas.get(currentUser.required(), id);
  }

  @PUT
  @Path("vote")
  @Operation(summary = "Vote: {\"value\": 1 | -1 | 0}; one vote per person, changeable")
  public IdeaView vote(@PathParam("id") long id, @Valid @NotNull IdeaRequest request) {
    return ideas.vote(currentUser.required(), id, request.value);
  }

  @PUT
  @Path("status")
  @Operation(summary = "Moderators: {\"status\": \"PLANNED\", \"note\": \"...\"}; voters are notified")
  public IdeaView status(@PathParam("id") long id, @Valid @NotNull IdeaRequest request) {
    return ideas.setStatus(currentUser.required(), id, request.status, request.note);
  }
}
