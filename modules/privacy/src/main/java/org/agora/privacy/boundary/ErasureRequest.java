package org.agora.privacy.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an admin erases a person's data: kept in the audit log. */
public record ErasureRequest(@NotBlank @Size(max = Erasures.MAX_REASON) String reason) {}
