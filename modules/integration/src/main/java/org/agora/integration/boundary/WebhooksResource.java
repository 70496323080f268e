package org.agora.integration.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.agora.integration.entity.DeliveryStatus;
import org.agora.integration.entity.DeliveryView;
import org.agora.integration.entity.WebhookView;
import org.agora.platform.boundary.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhooks: register an HTTPS receiver for event types, see its delivery log, send again. */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks")
public class WebhooksResource {

  @Inject Webhooks webhooks;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Register a webhook (admins, and owners of a community); the answer shows the signing secret, once")
  public Response register(@Valid @NotNull WebhookRequest request) {
    WebhookView created = webhooks.register(currentUser.required(), request);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
  }

  @GET
  @Operation(summary = "My webhooks (admins: all)")
  public Map<String, List<WebhookView>> list() {
    return Map.of("items", webhooks.list(currentUser.required()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One webhook, without its secret")
  public WebhookView get(@PathParam("id") long id) {
    return webhooks.get(currentUser.required(), id);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a webhook and its delivery log")
  public Response delete(@PathParam("id") long id) {
    webhooks.delete(currentUser.required(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(summary = "The delivery log, newest first: status, attempts and the status codes they got; ?status=FAILED")
  public Map<String, List<DeliveryView>> deliveries(
      @PathParam("id") long id, @QueryParam("limit") Integer limit, @QueryParam("status") String status) {
    int size = limit == null ? 50 : limit;
    if (size < 1 || size > 500) {
      throw new BadRequestException("limit: must be between 1 and 500");
    }
    return Map.of("items", webhooks.deliveries(currentUser.required(), id, size, status(status)));
  }

  @POST
  @Path("{id}/deliveries/{deliveryId}/redeliver")
  @Operation(summary = "Send a delivery again (a given-up one too), under the same delivery id")
  public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
    webhooks.redeliver(currentUser.required(), id, deliveryId);
    return Response.accepted().build();
  }

  private static DeliveryStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return DeliveryStatus.valueOf(status.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("status: must be PENDING, DELIVERED or FAILED");
    }
  }
}
