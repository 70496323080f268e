package org.agora.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.platform.boundary.CurrentUser;
import org.agora.search.control.SearchQuery;
import org.agora.search.entity.SearchResults;
import org.agora.search.entity.Suggestions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search across Agora, and type-ahead. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchResource {

  @Inject CurrentUser currentUser;
  @Inject Search search;

  @GET
  @Operation(summary = "Search everything the caller may see; facets, highlighted snippets, cursor paging")
  public SearchResults search(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("department") String department,
      @QueryParam("community") String community,
      @QueryParam("tag") String tag,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return search.search(currentUser.required(), q, type, department, community, tag, from, to, limit, cursor);
  }

  @GET
  @Path("suggest")
  @Operation(summary = "Type-ahead: completions for what has been typed so far")
  public Suggestions suggest(@QueryParam("q") String q) {
    return search.suggest(currentUser.required(), q);
  }
}
