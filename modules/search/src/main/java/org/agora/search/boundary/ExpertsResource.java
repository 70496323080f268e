package org.agora.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.platform.boundary.CurrentUser;
import org.agora.search.entity.Experts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Expert discovery: who here knows a topic. */
@Path("experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class ExpertsResource {

  @Inject CurrentUser currentUser;
  @Inject ExpertDiscovery discovery;

  @GET
  @Operation(summary = "Colleagues ranked for a topic, with reasons and the evidence the caller may see")
  public Experts experts(
      @QueryParam("topic") String topic,
      @QueryParam("department") String department,
      @QueryParam("location") String location,
      @QueryParam("limit") Integer limit) {
    return discovery.find(currentUser.required(), topic, department, location, limit);
  }
}
