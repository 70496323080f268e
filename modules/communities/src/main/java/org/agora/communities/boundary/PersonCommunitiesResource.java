package org.agora.communities.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.communities.entity.CommunityView;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The communities a person belongs to, for their profile page. */
@Path("people/{id}/communities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "communities")
public class PersonCommunitiesResource {

  @Inject CommunityDirectory directory;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "Communities this person belongs to that I can see")
  public Page<CommunityView> communities(@PathParam("id") long id) {
    return new Page<>(directory.communitiesOf(currentUser.required(), id), null);
  }
}
