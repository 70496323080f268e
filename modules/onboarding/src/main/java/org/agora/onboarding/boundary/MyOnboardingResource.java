package org.agora.onboarding.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.onboarding.entity.Checklist;
import org.agora.onboarding.entity.NewcomerView;
import org.agora.platform.boundary.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own onboarding: their checklist as a newcomer, their newcomers as a buddy. */
@Path("me/onboarding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "onboarding")
public class MyOnboardingResource {

  @Inject Onboarding onboarding;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "My checklist: whether I am a newcomer, each step done or where to do it, my buddy")
  public Checklist checklist() {
    return onboarding.checklist(currentUser.required());
  }

  @GET
  @Path("newcomers")
  @Operation(summary = "The newcomers whose buddy I am, with how far each has come")
  public List<NewcomerView> newcomers() {
    return onboarding.myNewcomers(currentUser.required());
  }
}
