package org.agora.onboarding.boundary;

import jakarta.validation.constraints.NotNull;

/** Who is to be the newcomer's buddy. */
public class BuddyRequest {
  @NotNull public Long buddyId;
}
