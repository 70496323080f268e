package org.agora.activity.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.agora.activity.entity.NotificationGroup;
import org.agora.activity.entity.NotificationType;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My notifications: grouped, unread counts, mark read, and which kinds I want. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationsResource {

  @Inject Notifications notifications;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "My notifications, one line per thing, newest first; ?unread=true for unread only")
  public Page<NotificationGroup> list(
      @QueryParam("unread") boolean unread, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return notifications.list(currentUser.required(), unread, PageRequest.of(limit, cursor));
  }

  @GET
  @Path("unread-count")
  @Operation(summary = "How many unread notifications I have")
  public Map<String, Long> unreadCount() {
    return Map.of("unread", notifications.unreadCount(currentUser.required()));
  }

  @PUT
  @Path("{id}/read")
  @Operation(summary = "Mark a notification (and the others of its line) as read")
  public Response markRead(@PathParam("id") long id) {
    notifications.markRead(currentUser.required(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark all my notifications as read")
  public Response markAllRead() {
    notifications.markAllRead(currentUser.required());
    return Response.noContent().build();
  }

  @GET
  @Path("preferences")
  @Operation(summary = "Which kinds of notifications I receive")
  public Map<NotificationType, Boolean> preferences() {
    return notifications.preferences(currentUser.required());
  }

  @PUT
  @Path("preferences")
  @Operation(summary = "Switch kinds of notifications on or off, e.g. {\"REACTED\": false}")
  public Map<NotificationType, Boolean> updatePreferences(@NotNull Map<NotificationType, Boolean> changes) {
    return notifications.updatePreferences(currentUser.required(), changes);
  }
}
