package org.agora.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.agora.people.entity.DepartmentView;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The departments of the organisation, as a tree by parent id. */
@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class DepartmentsResource {

  @Inject PersonDirectory directory;
  @Inject Accounts accounts;

  @GET
  @Operation(summary = "Departments with their parent and number of active people")
  public Page<DepartmentView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return directory.departments(PageRequest.of(limit, cursor));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Create a department (admins)")
  public Response create(@Valid @NotNull DepartmentRequest request) {
    long id = accounts.addDepartment(request.name, request.parentId);
    return Response.status(Response.Status.CREATED).entity(java.util.Map.of("id", id)).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Rename a department (admins)")
  public Response rename(@PathParam("id") long id, @Valid @NotNull DepartmentRequest request) {
    accounts.renameDepartment(id, request.name);
    return Response.noContent().build();
  }
}
