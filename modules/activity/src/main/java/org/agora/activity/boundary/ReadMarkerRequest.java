package org.agora.activity.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The newest item id the reader has seen in a feed. */
public class ReadMarkerRequest {
  @NotNull @PositiveOrZero public Long lastSeenId;
}
