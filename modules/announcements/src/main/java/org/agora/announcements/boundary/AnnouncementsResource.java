package org.agora.announcements.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.agora.announcements.entity.AnnouncementView;
import org.agora.announcements.entity.Posted;
import org.agora.announcements.entity.Reach;
import org.agora.platform.boundary.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Announcements: post them, list my current ones, confirm or dismiss them, read their reach. */
@Path("announcements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "announcements")
public class AnnouncementsResource {

  static final String TEXT_CSV = "text/csv; charset=utf-8";

  @Inject Announcements announcements;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Post an announcement: admins to everyone, a community's owners and moderators to its members")
  public Response post(@Valid @NotNull AnnouncementRequest request) {
    Posted posted = announcements.post(currentUser.required(), request);
    return Response.created(uri.getBaseUriBuilder().path("announcements").path(String.valueOf(posted.id())).build())
        .entity(posted)
        .build();
  }

  @GET
  @Operation(summary = "My current announcements (pinned, for me, neither confirmed nor dismissed), newest first")
  public List<AnnouncementView> current(@QueryParam("communityId") Long communityId) {
    return announcements.current(currentUser.required(), communityId);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One announcement, for its audience, its author and admins")
  public AnnouncementView get(@PathParam("id") long id) {
    return announcements.get(currentUser.required(), id);
  }

  @PUT
  @Path("{id}/seen")
  @Operation(summary = "Record that I saw it (the web app does when it shows the card)")
  public Response seen(@PathParam("id") long id) {
    announcements.seen(currentUser.required(), id);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/read")
  @Operation(summary = "Confirm a must-read announcement: \"Read and understood\"")
  public Response read(@PathParam("id") long id) {
    announcements.confirm(currentUser.required(), id);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/dismiss")
  @Operation(summary = "Hide an announcement that is not must-read")
  public Response dismiss(@PathParam("id") long id) {
    announcements.dismiss(currentUser.required(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/reach")
  @Operation(summary = "Audience, seen and confirmed, by department (under 5 people merged): its author and admins")
  public Reach reach(@PathParam("id") long id) {
    return announcements.reach(currentUser.required(), id);
  }

  @GET
  @Path("{id}/reach/unconfirmed.csv")
  @Produces(TEXT_CSV)
  @Operation(summary = "Who has not confirmed, as CSV: only with agora.announcements.named-reach=true (else 404)")
  public Response unconfirmed(@PathParam("id") long id) {
    return Response.ok(announcements.unconfirmedCsv(currentUser.required(), id), TEXT_CSV)
        .header("Content-Disposition", "attachment; filename=\"announcement-" + id + "-unconfirmed.csv\"")
        .build();
  }
}
