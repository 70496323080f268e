package org.agora.events.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import java.time.Instant;
import java.util.Map;
import org.agora.events.control.EventRules;
import org.agora.events.entity.AttendeesView;
import org.agora.events.entity.EventView;
import org.agora.events.entity.MyAnswer;
import org.agora.events.entity.OccurrenceView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Events: schedule, read, change and cancel them, list their occurrences, answer them, get an .ics. */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class EventsResource {

  public static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

  @Inject Events events;
  @Inject Rsvps rsvps;
  @Inject Calendars calendars;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Schedule an event, personal or in a community I may post in; optionally recurring (RRULE subset)")
  public Response schedule(@Valid @NotNull EventRequest request) {
    long id = events.schedule(currentUser.required(), request.fields());
    return Response.created(uri.getBaseUriBuilder().path("events").path(String.valueOf(id)).build())
        .entity(Map.of("id", id))
        .build();
  }

  @GET
  @Operation(summary = "Occurrences starting in [from, to) (default: the next 31 days; at most 366), by start, a page"
      + " (limit up to 1000) at a time")
  public Page<OccurrenceView> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("communityId") Long communityId,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return events.occurrences(currentUser.required(), time("from", from), time("to", to), communityId,
        PageRequest.of(limit, cursor, Events.MAX_PAGE));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One event")
  public EventView get(@PathParam("id") long id) {
    return events.get(currentUser.required(), id);
  }

  @PATCH
  @Path("{id}")
  @Operation(summary = "Change an event (organiser or admin); fields as for scheduling, all optional")
  public EventView change(@PathParam("id") long id, @Valid @NotNull EventRequest request) {
    return events.change(currentUser.required(), id, request.fields());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Cancel an event (organiser, the community's moderators, admins); it stays readable as cancelled")
  public Response cancel(@PathParam("id") long id) {
    events.cancel(currentUser.required(), id);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/rsvp")
  @Operation(summary = "Answer YES, MAYBE or NO for an occurrence (default: the next one); YES beyond capacity waits")
  public MyAnswer answer(@PathParam("id") long id, @QueryParam("occurrence") String occurrence, @Valid @NotNull RsvpRequest request) {
    return rsvps.answer(currentUser.required(), id, occurrence, request.answer);
  }

  @DELETE
  @Path("{id}/rsvp")
  @Operation(summary = "Withdraw my answer to an occurrence (default: the next one); a freed place goes to the first waiting")
  public Response withdraw(@PathParam("id") long id, @QueryParam("occurrence") String occurrence) {
    rsvps.withdraw(currentUser.required(), id, occurrence);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/attendees")
  @Operation(summary = "Who answered an occurrence (default: the next one), in the order of answering, with counts")
  public AttendeesView attendees(@PathParam("id") long id, @QueryParam("occurrence") String occurrence) {
    return rsvps.attendees(currentUser.required(), id, occurrence);
  }

  @GET
  @Path("{id}/ics")
  @Produces(TEXT_CALENDAR)
  @Operation(summary = "The event as an iCalendar file")
  public Response ics(@PathParam("id") long id) {
    return Response.ok(calendars.ics(currentUser.required(), id), TEXT_CALENDAR)
        .header("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\"")
        .build();
  }

  private static Instant time(String field, String value) {
    return value == null || value.isBlank() ? null : EventRules.instant(field, value);
  }
}
