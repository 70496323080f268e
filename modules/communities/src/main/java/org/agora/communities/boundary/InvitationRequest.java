package org.agora.communities.boundary;

import jakarta.validation.constraints.NotNull;

/** Whom to invite. */
public class InvitationRequest {
  @NotNull public Long personId;
}
