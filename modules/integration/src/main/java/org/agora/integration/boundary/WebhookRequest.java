package org.agora.integration.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Registering a webhook: the receiver's HTTPS URL, the event types it wants, and optionally the
 * one community it is about. A class, not a record: Payara's OpenAPI generator fails on
 * constrained record components.
 */
public class WebhookRequest {
  @NotBlank @Size(max = 2000) public String url;
  @NotEmpty @Size(max = 20) public List<String> events;
  public Long communityId;
}
