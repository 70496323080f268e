package org.agora.people.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.agora.people.entity.PeopleFilter;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The company directory. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class PeopleResource {

  @Inject PersonDirectory directory;

  @GET
  @Operation(summary = "Active people, filtered by department (id or name), skill or location")
  public Page<PersonView> list(
      @QueryParam("department") String department,
      @QueryParam("skill") String skill,
      @QueryParam("location") String location,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return directory.people(new PeopleFilter(department, skill, location), PageRequest.of(limit, cursor));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One person's profile")
  public PersonView get(@PathParam("id") long id) {
    return directory.person(id);
  }
}
