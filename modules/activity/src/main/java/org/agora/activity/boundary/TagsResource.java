package org.agora.activity.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Following tags, so that everything tagged with them reaches my home feed. */
@Path("me/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activity")
public class TagsResource {

  @Inject Feeds feeds;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "The tags I follow")
  public Page<String> followed() {
    List<String> tags = feeds.followedTags(currentUser.id());
    return new Page<>(tags, null);
  }

  @PUT
  @Path("{tag}")
  @Operation(summary = "Follow a tag")
  public Response follow(@PathParam("tag") String tag) {
    feeds.followTag(currentUser.required(), tag);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{tag}")
  @Operation(summary = "Stop following a tag")
  public Response unfollow(@PathParam("tag") String tag) {
    feeds.unfollowTag(currentUser.required(), tag);
    return Response.noContent().build();
  }
}
