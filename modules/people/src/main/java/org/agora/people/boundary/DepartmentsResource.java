package org.agora.people.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.people.entity.DepartmentView;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The departments of the organisation, as a tree by parent id. */
@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class DepartmentsResource {

  @Inject PersonDirectory directory;

  @GET
  @Operation(summary = "Departments with their parent and number of active people")
  public Page<DepartmentView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return directory.departments(PageRequest.of(limit, cursor));
  }
}
