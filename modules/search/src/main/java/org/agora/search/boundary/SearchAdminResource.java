package org.agora.search.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.platform.entity.Roles;
import org.agora.search.entity.ReindexSummary;
import org.agora.search.entity.SearchStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search administration. */
@Path("admin/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@RolesAllowed(Roles.ADMIN)
public class SearchAdminResource {

  @Inject Reindexing reindexing;

  @GET
  @Path("status")
  @Operation(summary = "Indexing lag, pending outbox rows and document counts against the database (admins only)")
  public SearchStatus status() {
    return reindexing.status();
  }

  @POST
  @Path("reindex")
  @Operation(summary = "Rebuild every search index from the database behind its alias (admins only)")
  public ReindexSummary reindex() {
    return reindexing.reindexAll();
  }
}
