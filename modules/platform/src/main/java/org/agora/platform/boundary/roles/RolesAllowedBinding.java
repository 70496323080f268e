package org.agora.platform.boundary.roles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.util.Nonbinding;

/**
 * Declares {@link RolesAllowed} an interceptor binding, so {@link RolesAllowedInterceptor} guards
 * the CDI beans that carry it. Only EJBs enforce the annotation by themselves; our services are
 * CDI beans. The roles are {@code @Nonbinding}: one interceptor serves every list of roles.
 */
public class RolesAllowedBinding implements Extension {

  void declare(@Observes BeforeBeanDiscovery discovery) {
    discovery.configureInterceptorBinding(RolesAllowed.class).methods()
        .forEach(member -> member.add(Nonbinding.Literal.INSTANCE));
  }
}
