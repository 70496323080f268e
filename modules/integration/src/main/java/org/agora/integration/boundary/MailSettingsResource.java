package org.agora.integration.boundary;

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
import org.agora.platform.boundary.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My email settings. */
@Path("me/mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "mail")
public class MailSettingsResource {

  @Inject Mail mail;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "My email settings: notification mail, digest (NONE, DAILY, WEEKLY), language (en, de)")
  public MailSettings settings() {
    return mail.settings(currentUser.required());
  }

  @PUT
  @Operation(summary = "Change my email settings; fields left out stay")
  public MailSettings update(@Valid @NotNull MailSettingsRequest request) {
    return mail.update(currentUser.required(), request);
  }
}
