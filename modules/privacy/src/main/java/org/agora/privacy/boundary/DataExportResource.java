package org.agora.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Problem;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.privacy.entity.ExportStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's export of everything Agora holds about them: ask for it, watch it being made, download the ZIP. */
@Path("me/export")
@Tag(name = "privacy")
public class DataExportResource {

  public static final String ZIP = "application/zip";

  @Inject DataExports exports;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start an export of my data (202, made in the background; at most one an hour, else 429)")
  public Response request() {
    try {
      ExportStatus status = exports.request(currentUser.required());
      return Response.accepted(progress(status)).location(uri.getAbsolutePath()).build();
    } catch (DataExports.TooSoon e) {
      return Response.status(Response.Status.TOO_MANY_REQUESTS)
          .header("Retry-After", e.waitFor().toSeconds())
          .type(Problem.PROBLEM_JSON)
          .entity(Problem.of(Response.Status.TOO_MANY_REQUESTS, e.getMessage()))
          .build();
    }
  }

  @GET
  @Produces({ZIP, MediaType.APPLICATION_JSON})
  @Operation(summary = "My newest export: the ZIP when it is ready, else 202 with status and progress (0-100); 404 when none")
  public Response get() {
    AgoraPrincipal caller = currentUser.required();
    Optional<ExportStatus> newest = exports.newest(caller);
    if (newest.isEmpty()) {
      return Problem.of(Response.Status.NOT_FOUND, "You have no data export; POST /api/v1/me/export starts one.")
          .toResponse();
    }
    ExportStatus status = newest.get();
    if (!status.ready()) {
      return Response.accepted(progress(status)).type(MediaType.APPLICATION_JSON).build();
    }
    byte[] zip = exports.archive(caller).orElseThrow();
    String name = "agora-my-data-" + LocalDate.ofInstant(status.requestedAt(), ZoneOffset.UTC) + ".zip";
    return Response.ok(zip, ZIP).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
  }

  static Map<String, Object> progress(ExportStatus status) {
    return Map.of("status", status.status().name(), "progress", status.progress(),
        "requestedAt", status.requestedAt().toString(), "expiresAt", status.expiresAt().toString());
  }
}
