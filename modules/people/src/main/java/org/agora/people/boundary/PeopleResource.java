package org.agora.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.agora.people.entity.PeopleFilter;
import org.agora.people.entity.PersonView;
import org.agora.people.entity.ProfileView;
import org.agora.people.entity.SkillView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The company directory, profiles, following and endorsements. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class PeopleResource {

  @Inject CurrentUser currentUser;
  @Inject PersonDirectory directory;
  @Inject Profiles profiles;
  @Inject Following following;
  @Inject Endorsements endorsements;
  @Inject Accounts accounts;

  @GET
  @Operation(summary = "People, filtered by department (id or name), skill or location")
  public Page<PersonView> list(
      @QueryParam("department") String department,
      @QueryParam("skill") String skill,
      @QueryParam("location") String location,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return directory.people(
        currentUser.required(), new PeopleFilter(department, skill, location), PageRequest.of(limit, cursor));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One person's profile with follower counts and endorsed skills")
  public ProfileView get(@PathParam("id") long id) {
    return profiles.profile(currentUser.required(), id);
  }

  @PATCH
  @Path("{id}")
  @Operation(summary = "Change a profile: one's own, or anyone's as an admin; omitted fields stay")
  public PersonView update(@PathParam("id") long id, @Valid @NotNull ProfileUpdate change) {
    return profiles.update(currentUser.required(), id, change);
  }

  @GET
  @Path("{id}/avatar")
  @Produces({"image/png", "image/svg+xml"})
  @Operation(summary = "The profile photo, or an avatar made of the initials")
  public Response avatar(@PathParam("id") long id) {
    Profiles.Image image = profiles.avatar(currentUser.required(), id);
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(3600);
    return Response.ok(image.bytes(), image.mediaType()).cacheControl(cache).build();
  }

  @PUT
  @Path("{id}/photo")
  @Consumes({"image/png", "image/jpeg"})
  @Operation(summary = "Upload a profile photo (PNG or JPEG, at most 2 MiB)")
  public Response uploadPhoto(
      @PathParam("id") long id, @HeaderParam("Content-Type") String contentType, byte[] photo) {
    profiles.savePhoto(currentUser.required(), id, photo, contentType);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/photo")
  @Operation(summary = "Remove the profile photo")
  public Response deletePhoto(@PathParam("id") long id) {
    profiles.deletePhoto(currentUser.required(), id);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/follow")
  @Operation(summary = "Follow this person (idempotent)")
  public Response follow(@PathParam("id") long id) {
    following.follow(currentUser.id(), id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/follow")
  @Operation(summary = "Stop following this person")
  public Response unfollow(@PathParam("id") long id) {
    following.unfollow(currentUser.id(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/followers")
  @Operation(summary = "Who follows this person")
  public Page<PersonView> followers(
      @PathParam("id") long id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return following.followers(id, PageRequest.of(limit, cursor));
  }

  @GET
  @Path("{id}/following")
  @Operation(summary = "Whom this person follows")
  public Page<PersonView> following(
      @PathParam("id") long id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return following.following(id, PageRequest.of(limit, cursor));
  }

  @GET
  @Path("{id}/skills")
  @Operation(summary = "Declared skills with endorsement counts, most endorsed first")
  public List<SkillView> skills(@PathParam("id") long id) {
    return endorsements.skillsOf(id, currentUser.id());
  }

  @GET
  @Path("{id}/skills/{skill}/endorsements")
  @Operation(summary = "Who endorsed this person for a skill")
  public Page<PersonView> endorsers(
      @PathParam("id") long id,
      @PathParam("skill") String skill,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return endorsements.endorsers(id, skill, PageRequest.of(limit, cursor));
  }

  @PUT
  @Path("{id}/skills/{skill}/endorsements")
  @Operation(summary = "Endorse this person for one of their skills (not yourself)")
  public Response endorse(@PathParam("id") long id, @PathParam("skill") String skill) {
    endorsements.endorse(currentUser.id(), id, skill);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/skills/{skill}/endorsements")
  @Operation(summary = "Withdraw my endorsement")
  public Response withdraw(@PathParam("id") long id, @PathParam("skill") String skill) {
    endorsements.withdraw(currentUser.id(), id, skill);
    return Response.noContent().build();
  }

  /** Body of {@code PUT /people/{id}/active}. */
  public static class ActiveRequest {
    @NotNull public Boolean active;
  }

  @PUT
  @Path("{id}/active")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Disable or re-enable an account (admins); a disabled person's live streams close")
  public Response setActive(@PathParam("id") long id, @Valid @NotNull ActiveRequest request) {
    accounts.setActive(currentUser.required(), id, request.active);
    return Response.noContent().build();
  }

  /** Body of {@code PUT /people/{id}/admin}. */
  public static class AdminRequest {
    @NotNull public Boolean admin;
  }

  @PUT
  @Path("{id}/admin")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Grant or take back the admin role (admins; not one's own)")
  public Response setAdmin(@PathParam("id") long id, @Valid @NotNull AdminRequest request) {
    accounts.setAdmin(currentUser.required(), id, request.admin);
    return Response.noContent().build();
  }
}
