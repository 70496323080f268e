package org.agora.integration.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Binding a directory group (its DN) to a community. A class: see {@link WebhookRequest}. */
public class BindingRequest {
  @NotNull public Long communityId;
  @NotBlank @Size(max = 1000) public String groupDn;
}
