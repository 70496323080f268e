package org.agora.platform.boundary.roles;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Lets a call to a {@code @RolesAllowed} method through only for a caller in one of its roles: 401
 * without a caller, 403 otherwise, answered as problem+json like every refusal of a service.
 * It runs before {@code @Transactional} (priority 200), so a refused call opens no transaction.
 */
@RolesAllowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RolesAllowedInterceptor {

  @Inject SecurityContext securityContext;

  @AroundInvoke
  Object check(InvocationContext call) throws Exception {
    String[] roles = rolesFor(call.getMethod());
    if (roles != null) {
      admit(roles);
    }
    return call.proceed();
  }

  /** The method's roles, else its class's; null when the method is open to every caller. */
  static String[] rolesFor(Method method) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return null;
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    return roles == null ? null : roles.value();
  }

  private void admit(String[] roles) {
    if (securityContext.getCallerPrincipal() == null) {
      throw new NotAuthorizedException("Basic realm=\"agora\"");
    }
    if (Arrays.stream(roles).noneMatch(securityContext::isCallerInRole)) {
      throw new ForbiddenException("This is for the role " + String.join(" or ", roles) + " only.");
    }
  }
}
