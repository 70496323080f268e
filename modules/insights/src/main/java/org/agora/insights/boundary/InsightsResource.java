package org.agora.insights.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.agora.insights.entity.InsightsScope;
import org.agora.insights.entity.Table;
import org.agora.platform.boundary.Csv;
import org.agora.platform.boundary.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Insights as tables (columns + rows), for charts and, with {@code ?format=csv}, for spreadsheets.
 * Without {@code ?community=} the organisation (admins); with it, that community (its owners and
 * moderators). See docs/insights.md for how each figure is computed.
 */
@Path("insights")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@Tag(name = "insights")
public class InsightsResource {

  @Inject Insights insights;
  @Inject CurrentUser currentUser;

  @GET
  @Path("adoption")
  @Operation(summary = "Active people per ?period=day|week|month (last ?periods=) and department")
  public Response adoption(@QueryParam("community") Long community, @QueryParam("period") String period,
      @QueryParam("periods") @DefaultValue("12") int periods, @QueryParam("format") String format) {
    return answer(community, format, scope -> insights.adoption(scope, period, periods));
  }

  @GET
  @Path("activity")
  @Operation(summary = "Posts, comments, shares, reactions, bookmarks per ?period=")
  public Response activity(@QueryParam("community") Long community, @QueryParam("period") String period,
      @QueryParam("periods") @DefaultValue("12") int periods, @QueryParam("format") String format) {
    return answer(community, format, scope -> insights.activity(scope, period, periods));
  }

  @GET
  @Path("activity/departments")
  @Operation(summary = "Activity by department over the last ?days=")
  public Response activityByDepartment(@QueryParam("community") Long community, @QueryParam("days") @DefaultValue("90") int days,
      @QueryParam("format") String format) {
    return answer(community, format, scope -> insights.activityByDepartment(scope, days(days)));
  }

  @GET
  @Path("collaboration/matrix")
  @Operation(summary = "Department x department interactions (comments, reactions, mentions, shares) over ?days=")
  public Response matrix(@QueryParam("community") Long community, @QueryParam("days") @DefaultValue("90") int days,
      @QueryParam("format") String format) {
    return answer(community, format, scope -> insights.collaborationMatrix(scope, days(days)));
  }

  @GET
  @Path("collaboration/communities")
  @Operation(summary = "Department x department: communities where both have active members")
  public Response sharedCommunities(@QueryParam("community") Long community, @QueryParam("format") String format) {
    return answer(community, format, insights::sharedCommunities);
  }

  @GET
  @Path("collaboration/index")
  @Operation(summary = "Share of interactions across departments, per week over ?weeks=")
  public Response index(@QueryParam("community") Long community, @QueryParam("weeks") @DefaultValue("12") int weeks,
      @QueryParam("format") String format) {
    return answer(community, format, scope -> insights.collaborationIndex(scope, weeks));
  }

  @GET
  @Path("collaboration/isolated")
  @Operation(summary = "Departments by share of interactions across department lines; under 20 % flagged isolated")
  public Response isolated(@QueryParam("community") Long community, @QueryParam("days") @DefaultValue("90") int days,
      @QueryParam("format") String format) {
    return answer(community, format, scope -> insights.isolatedDepartments(scope, days(days)));
  }

  @GET
  @Path("connectors")
  @Operation(summary = "People whose interactions reach the most other departments")
  public Response connectors(@QueryParam("community") Long community, @QueryParam("days") @DefaultValue("90") int days,
      @QueryParam("format") String format) {
    return answer(community, format, scope -> insights.connectors(scope, days(days)));
  }

  @GET
  @Path("trending-tags")
  @Operation(summary = "Tags rising against their own baseline (top ?limit=, default 20)")
  public Response trending(@QueryParam("community") Long community, @QueryParam("limit") @DefaultValue("20") int limit,
      @QueryParam("format") String format) {
    return answer(community, format, scope -> insights.trendingTags(scope, limit));
  }

  @GET
  @Path("newcomers/cohorts")
  @Operation(summary = "Newcomers by join month (last ?months=): days to a first post and to a first contact across departments")
  public Response cohorts(@QueryParam("months") @DefaultValue("12") int months, @QueryParam("format") String format) {
    return answer(null, format, scope -> insights.newcomerCohorts(scope, months));
  }

  @GET
  @Path("communities/{id}/health")
  @Operation(summary = "A community's health: members, active members, posts per week, questions answered and how fast, growth")
  public Response health(@PathParam("id") long id, @QueryParam("format") String format) {
    return answer(id, format, insights::communityHealth);
  }

  private Response answer(Long community, String format, Function<InsightsScope, Table> question) {
    Table table = question.apply(insights.scope(currentUser.required(), community));
    if ("csv".equals(format)) {
      return Response.ok(Csv.of(table.columns(), java.util.List.copyOf(table.rows())), "text/csv")
          .header("Content-Disposition", "attachment; filename=\"agora-insights.csv\"").build();
    }
    return Response.ok(table, MediaType.APPLICATION_JSON).build();
  }

  private static int days(int days) {
    if (days < 1 || days > 730) {
      throw new jakarta.ws.rs.BadRequestException("days: between 1 and 730");
    }
    return days;
  }
}
