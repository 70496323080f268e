package org.agora.activity.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
 * My home feed: the people, communities and tags I follow, and my own posts. Filters: {@code type=posts|questions}, {@code department=<id>};
 * {@code Accept: application/activity+json} answers Activity Streams 2.0.
 */
@Path("feed/home")
@Produces({MediaType.APPLICATION_JSON, ActivityStreams.MEDIA_TYPE})
@Tag(name = "activity")
public class HomeFeedResource {

  @Inject Feeds feeds;
  @Inject ReadMarkers markers;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "My home feed: the people, communities and tags I follow, and my own posts.")
  public Response feed(
      @QueryParam("type") String type, @QueryParam("department") Long department,
      @QueryParam("unread") boolean unread, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    FeedFilter filter = FeedFilter.of(type, department);
    if (unread) {
      filter = markers.unread(currentUser.required(), ReadMarkers.homeScope(), filter);
    }
    return FeedAnswer.of(
        feeds.home(currentUser.required(), filter, PageRequest.of(limit, cursor)), uri, headers);
  }

  @PUT
  @Path("read-marker")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remember the newest item I have seen here (markers only move forward)")
  public Response markRead(@Valid @NotNull ReadMarkerRequest request) {
    markers.markRead(currentUser.required(), ReadMarkers.homeScope(), request.lastSeenId);
    return Response.noContent().build();
  }
}
