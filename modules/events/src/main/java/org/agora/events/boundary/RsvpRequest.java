package org.agora.events.boundary;

import jakarta.validation.constraints.NotNull;
import org.agora.events.entity.Answer;

/** An answer to an event: {@code {"answer": "YES" | "MAYBE" | "NO"}}. */
public class RsvpRequest {
  @NotNull public Answer answer;
}
