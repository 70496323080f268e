package org.agora.communities.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.communities.entity.CommunityView;
import org.agora.communities.entity.MemberView;
import org.agora.communities.entity.MembershipState;
import org.agora.communities.entity.Visibility;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Communities: browse, create, change, delete, and everything about membership. */
@Path("communities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "communities")
public class CommunitiesResource {

  @Inject Communities communities;
  @Inject Memberships memberships;
  @Inject CommunityDirectory directory;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Communities I can see; ?member=me for mine, ?visibility=, ?category=, ?q= (name)")
  public Page<CommunityView> list(
      @QueryParam("visibility") String visibility, @QueryParam("category") String category, @QueryParam("q") String q,
      @QueryParam("member") String member, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    if (member != null && !"me".equals(member)) {
      throw new BadRequestException("member: only 'me' is supported");
    }
    Communities.Filter filter = new Communities.Filter(visibility(visibility), category, q, "me".equals(member));
    return communities.list(currentUser.required(), filter, PageRequest.of(limit, cursor));
  }

  @POST
  @Operation(summary = "Create a community; I become its owner")
  public Response create(@Valid @NotNull CommunityRequest request) {
    long id = communities.create(currentUser.required(), request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(communities.view(currentUser.required(), id))
        .build();
  }

  @GET
  @Path("recommended")
  @Operation(summary = "Communities recommended for me (department, skills, people I follow)")
  public Page<CommunityView> recommended() {
    return new Page<>(directory.recommended(currentUser.required()), null);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One community (404 for secret ones I am not in)")
  public CommunityView get(@PathParam("id") long id) {
    return communities.view(currentUser.required(), id);
  }

  @PATCH
  @Path("{id}")
  @Operation(summary = "Change settings (owners and admins)")
  public CommunityView update(@PathParam("id") long id, @Valid @NotNull CommunityRequest request) {
    return communities.update(currentUser.required(), id, request);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete (owners and admins; audited)")
  public Response delete(@PathParam("id") long id) {
    communities.delete(currentUser.required(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/members")
  @Operation(summary = "Members with their roles")
  public Page<MemberView> members(
      @PathParam("id") long id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return memberships.members(currentUser.required(), id, PageRequest.of(limit, cursor));
  }

  @PUT
  @Path("{id}/membership")
  @Operation(summary = "Join (public), ask to join (restricted) or accept an invitation; answers my state")
  public Map<String, MembershipState> join(@PathParam("id") long id, MembershipRequest request) {
    boolean accept = request != null && request.acceptGuidelines;
    return Map.of("state", memberships.join(currentUser.required(), id, accept));
  }

  @DELETE
  @Path("{id}/membership")
  @Operation(summary = "Leave, withdraw my request, or decline an invitation")
  public Response leave(@PathParam("id") long id) {
    memberships.leave(currentUser.required(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/invitations")
  @Operation(summary = "Invite a colleague (owners and moderators)")
  public Response invite(@PathParam("id") long id, @Valid @NotNull InvitationRequest request) {
    memberships.invite(currentUser.required(), id, request.personId);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/requests")
  @Operation(summary = "Pending requests to join (owners and moderators)")
  public Page<MemberView> requests(
      @PathParam("id") long id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return memberships.requests(currentUser.required(), id, PageRequest.of(limit, cursor));
  }

  @PUT
  @Path("{id}/requests/{personId}")
  @Operation(summary = "Approve a request to join")
  public Response approve(@PathParam("id") long id, @PathParam("personId") long personId) {
    memberships.approve(currentUser.required(), id, personId);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/requests/{personId}")
  @Operation(summary = "Reject a request to join")
  public Response reject(@PathParam("id") long id, @PathParam("personId") long personId) {
    memberships.reject(currentUser.required(), id, personId);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/members/{personId}/role")
  @Operation(summary = "Give a member a role (owners); the last owner stays owner")
  public Response role(@PathParam("id") long id, @PathParam("personId") long personId, @Valid @NotNull RoleRequest request) {
    memberships.setRole(currentUser.required(), id, personId, request.role);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/members/{personId}")
  @Operation(summary = "Remove a member (moderators; owners only by owners)")
  public Response remove(@PathParam("id") long id, @PathParam("personId") long personId) {
    memberships.remove(currentUser.required(), id, personId);
    return Response.noContent().build();
  }

  private static Visibility visibility(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("visibility: one of PUBLIC, RESTRICTED, SECRET");
    }
  }
}
