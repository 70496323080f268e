package org.agora.communities.boundary;

import jakarta.validation.constraints.NotNull;
import org.agora.communities.entity.Role;

/** A member's new role. */
public class RoleRequest {
  @NotNull public Role role;
}
