package org.agora.activity.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.agora.activity.control.ActivityStreams;
import org.agora.activity.entity.FeedFilter;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a person posted and did, as far as the reader may see it. Filters: {@code type=posts|questions}, {@code department=<id>};
 * {@code Accept: application/activity+json} answers Activity Streams 2.0.
 */
@Path("people/{id}/feed")
@Produces({MediaType.APPLICATION_JSON, ActivityStreams.MEDIA_TYPE})
@Tag(name = "activity")
public class PersonFeedResource {

  @Inject Feeds feeds;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "What a person posted and did, as far as the reader may see it.")
  public Response feed(
      @PathParam("id") long id, @QueryParam("type") String type, @QueryParam("department") Long department,
      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return FeedAnswer.of(
        feeds.person(currentUser.required(), id, FeedFilter.of(type, department), PageRequest.of(limit, cursor)), uri, headers);
  }
}
