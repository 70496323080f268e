package org.agora.insights.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.agora.insights.control.RollupJob;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins: rebuild the insights' daily rollups, e.g. after a restore. */
@Path("admin/insights/rollup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
@RolesAllowed(Roles.ADMIN)
public class InsightsRollupsResource {

  @Inject AuditLog audit;
  @Inject RollupJob rollups;
  @Inject DashboardWarmer dashboard;

  @POST
  @Operation(summary = "Build the insights' daily rollups again from ?from=YYYY-MM-DD (without: the whole history), e.g. after a restore;"
      + " answers when done")
  public Map<String, Object> rebuildInsights(@QueryParam("from") String from) {
    java.time.LocalDate day;
    try {
      day = from == null || from.isBlank() ? null : java.time.LocalDate.parse(from);
    } catch (java.time.format.DateTimeParseException e) {
      throw new jakarta.ws.rs.BadRequestException("from: a date, YYYY-MM-DD");
    }
    RollupJob.Result result = rollups.rebuild(day);
    dashboard.rollupsChanged();
    audit.record("insights.rebuilt", "insights", null, "from " + (day == null ? "the beginning" : day) + ": " + result.steps()
        + " steps, " + result.millis() + " ms");
    return Map.of("from", day == null ? "" : day.toString(), "steps", result.steps(), "millis", result.millis());
  }
}
