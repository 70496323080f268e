package org.agora.integration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.agora.integration.entity.MailSettings;
import org.agora.integration.entity.MailView;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins: the mail queue (what was sent, what waits, why) and the digests. */
@Path("admin/mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "mail")
@RolesAllowed(Roles.ADMIN)
public class MailAdminResource {

  @Inject Mail mail;

  @GET
  @Path("queue")
  @Operation(summary = "Admins: the newest queued mails and how sending went; ?status=PENDING|SENT|FAILED")
  public Map<String, List<MailView>> queue(@QueryParam("status") String status, @QueryParam("limit") Integer limit) {
    int size = limit == null ? 50 : limit;
    if (size < 1 || size > 500) {
      throw new BadRequestException("limit: must be between 1 and 500");
    }
    if (status != null && !List.of("PENDING", "SENT", "FAILED").contains(status)) {
      throw new BadRequestException("status: must be PENDING, SENT or FAILED");
    }
    return Map.of("items", mail.queue(status, size));
  }

  @POST
  @Path("digests")
  @Operation(summary = "Admins: queue the digests that are due now")
  public Map<String, Integer> digests() {
    return mail.queueDigests();
  }
}
