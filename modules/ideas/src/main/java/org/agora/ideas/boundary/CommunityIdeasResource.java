package org.agora.ideas.boundary;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.agora.ideas.entity.IdeaStatus;
import org.agora.ideas.entity.IdeaView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A community's ideas: propose one, list them ranked. */
@Path("communities/{communityId}/ideas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ideas")
public class CommunityIdeasResource {

  /** More than other lists show: a community's ideas are read as one ranking. */
  static final int DEFAULT_LIMIT = 50;

  @Inject Ideas ideas;
  @Inject CurrentUser currentUser;

  @POST
  @Operation(summary = "Propose an idea ({\"text\": \"...\"}); members only")
  public Response propose(@PathParam("communityId") long communityId, @Valid @NotNull IdeaRequest request) {
    return Response.status(Response.Status.CREATED).entity(ideas.propose(currentUser.required(), communityId, request.text)).build();
  }

  @GET
  @Operation(summary = "Ideas ranked: ?sort=HOT (votes and recency, default) | TOP | NEW, ?status=")
  public List<IdeaView> list(@PathParam("communityId") long communityId, @QueryParam("sort") Ideas.Sort sort,
      @QueryParam("status") IdeaStatus status, @QueryParam("limit") Integer limit) {
    int size = PageRequest.of(limit == null ? DEFAULT_LIMIT : limit, null).limit();
    return ideas.list(currentUser.required(), communityId, sort, status, size);
  }
}
