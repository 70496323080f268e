package org.agora.activity.boundary;

import jakarta.validation.constraints.NotNull;

/** A reaction to a post or comment. */
public class ReactionRequest {
  @NotNull public org.agora.activity.entity.ReactionKind kind;
}
