package org.agora.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import org.agora.platform.entity.AgoraPrincipal;

/** Who is calling: read once per request from the container's security context. */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext securityContext;

  public Optional<AgoraPrincipal> principal() {
    return securityContext.getPrincipalsByType(AgoraPrincipal.class).stream().findFirst();
  }

  /** The caller, or 401 when nobody is logged in. */
  public AgoraPrincipal required() {
    return principal().orElseThrow(() -> new NotAuthorizedException("Basic realm=\"agora\""));
  }

  public long id() {
    return required().id();
  }

  public boolean isAdmin() {
    return principal().map(AgoraPrincipal::admin).orElse(false);
  }
}
