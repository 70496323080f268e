package org.agora.surveys.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.agora.platform.boundary.CurrentUser;
import org.agora.surveys.entity.AudienceChoices;
import org.agora.surveys.entity.SurveyResults;
import org.agora.surveys.entity.SurveySummary;
import org.agora.surveys.entity.SurveyView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff surveys: create them, list and read them, answer them, read their results. */
@Path("surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "surveys")
public class SurveysResource {

  public static final String TEXT_CSV = "text/csv; charset=utf-8";

  @Inject Surveys surveys;
  @Inject Responses responses;
  @Inject Results results;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Create a survey: admins for everyone or departments, community owners for their members")
  public Response create(@Valid @NotNull SurveyRequest request) {
    long id = surveys.create(currentUser.required(), request);
    return Response.created(uri.getBaseUriBuilder().path("surveys").path(String.valueOf(id)).build())
        .entity(Map.of("id", id))
        .build();
  }

  @GET
  @Operation(summary = "The surveys I am asked and the ones I own (admins: all), newest first")
  public List<SurveySummary> list() {
    return surveys.list(currentUser.required());
  }

  @GET
  @Path("audiences")
  @Operation(summary = "Whom I may ask: everyone and departments (admins), the communities I own")
  public AudienceChoices audiences() {
    return surveys.audiences(currentUser.required());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One survey with its questions (its audience and owners); my own answers if it is named")
  public SurveyView get(@PathParam("id") long id) {
    return surveys.get(currentUser.required(), id);
  }

  @POST
  @Path("{id}/close")
  @Operation(summary = "Close a survey now (its owner or an admin)")
  public Response close(@PathParam("id") long id) {
    surveys.close(currentUser.required(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/responses")
  @Operation(summary = "Answer a survey I am asked, once (409 on a second answer)")
  public Response answer(@PathParam("id") long id, @Valid @NotNull ResponseRequest request) {
    responses.answer(currentUser.required(), id, request);
    return Response.status(Response.Status.CREATED).build();
  }

  @PUT
  @Path("{id}/responses/mine")
  @Operation(summary = "Change my answers to a named survey until it closes (409 for anonymous surveys)")
  public Response change(@PathParam("id") long id, @Valid @NotNull ResponseRequest request) {
    responses.change(currentUser.required(), id, request);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/results")
  @Operation(summary = "Results for the survey's owners: hidden below 5 responses, departments under 5 merged")
  public SurveyResults results(@PathParam("id") long id) {
    return results.of(currentUser.required(), id);
  }

  @GET
  @Path("{id}/results.csv")
  @Produces(TEXT_CSV)
  @Operation(summary = "The results as CSV, under the same rules")
  public Response csv(@PathParam("id") long id) {
    return Response.ok(results.csv(currentUser.required(), id), TEXT_CSV)
        .header("Content-Disposition", "attachment; filename=\"survey-" + id + "-results.csv\"")
        .build();
  }
}
