package org.agora.platform.entity;

import java.io.Serializable;
import java.security.Principal;

/** The authenticated caller: carries the person's id so no request needs a lookup by name. */
public record AgoraPrincipal(long id, String username, boolean admin) implements Principal, Serializable {

  @Override
  public String getName() {
    return username;
  }
}
