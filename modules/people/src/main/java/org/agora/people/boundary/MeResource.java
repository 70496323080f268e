package org.agora.people.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.UserText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account: who am I, and my personal access tokens. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "me")
public class MeResource {

  @Inject CurrentUser currentUser;
  @Inject PersonDirectory directory;
  @Inject AccessTokens tokens;
  @Inject UsagePolicy policy;

  @GET
  @Path("policy")
  @Operation(summary = "The company's usage policy and when I accepted it")
  public UsagePolicy.Status policy() {
    return policy.status(currentUser.id());
  }

  @POST
  @Path("policy")
  @Operation(summary = "Accept the usage policy")
  public UsagePolicy.Status acceptPolicy() {
    return policy.accept(currentUser.id());
  }

  @GET
  @Operation(summary = "The authenticated caller's profile")
  public PersonView me() {
    return directory.person(currentUser.required(), currentUser.id());
  }

  @GET
  @Path("tokens")
  @Operation(summary = "My personal access tokens (never their secrets)")
  public Page<AccessTokens.TokenView> tokens() {
    return new Page<>(tokens.list(currentUser.id()), null);
  }

  @POST
  @Path("tokens")
  @Operation(summary = "Create a personal access token; the answer holds the secret, shown only once")
  public Response create(@Valid @NotNull TokenRequest request, @Context UriInfo uri) {
    AccessTokens.CreatedToken created = tokens.create(currentUser.id(), UserText.plain(request.name));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("tokens/{id}")
  @Operation(summary = "Revoke one of my tokens")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(currentUser.id(), id);
    return Response.noContent().build();
  }
}
