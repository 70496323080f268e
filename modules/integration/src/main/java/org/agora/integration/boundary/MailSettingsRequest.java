package org.agora.integration.boundary;

import jakarta.validation.constraints.Pattern;
import org.agora.integration.entity.DigestFrequency;

/**
 * Changing my email settings; fields left out stay. A class, not a record: Payara's OpenAPI
 * generator fails on constrained record components.
 */
public class MailSettingsRequest {
  public Boolean notifications;
  public DigestFrequency digest;
  @Pattern(regexp = "en|de", message = "must be en or de") public String language;
}
