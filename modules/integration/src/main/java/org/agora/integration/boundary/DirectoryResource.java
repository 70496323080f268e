package org.agora.integration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.agora.integration.entity.SyncReport;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins: run the LDAP directory sync now, see past runs, bind directory groups to communities. */
@Path("admin/directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "directory")
@RolesAllowed(Roles.ADMIN)
public class DirectoryResource {

  @Inject Directory directory;

  @POST
  @Path("sync")
  @Operation(summary = "Sync people, departments and bound groups from LDAP now; answers what changed")
  public SyncReport sync() {
    return directory.sync();
  }

  @GET
  @Path("runs")
  @Operation(summary = "The reports of the last syncs, newest first")
  public Map<String, List<String>> runs() {
    return Map.of("items", directory.runs());
  }

  @GET
  @Path("bindings")
  @Operation(summary = "Directory groups bound to communities")
  public Map<String, List<Map<String, Object>>> bindings() {
    return Map.of("items", directory.bindings());
  }

  @POST
  @Path("bindings")
  @Operation(summary = "Bind a directory group to a community: its members become members at the next sync")
  public Map<String, Object> bind(@Valid @NotNull BindingRequest request) {
    return directory.bind(request);
  }
}
