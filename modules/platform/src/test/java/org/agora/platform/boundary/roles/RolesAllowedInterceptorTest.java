package org.agora.platform.boundary.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesAllowedInterceptorTest {

  @RolesAllowed("admin")
  static class Service {
    public String adminsOnly() {
      return "done";
    }

    @RolesAllowed({"moderator", "admin"})
    public String moderatorsToo() {
      return "done";
    }

    @PermitAll
    public String everyone() {
      return "done";
    }
  }

  static class OpenService {
    public String anything() {
      return "done";
    }
  }

  @Test
  void aCallerInTheRoleGoesThrough() throws Exception {
    assertThat(call(caller("admin"), Service.class, "adminsOnly")).isEqualTo("done");
  }

  @Test
  void aCallerInNoneOfTheRolesIsForbidden() {
    assertThatThrownBy(() -> call(caller("user"), Service.class, "adminsOnly"))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("admin");
  }

  @Test
  void nobodySignedInIsUnauthorized() {
    assertThatThrownBy(() -> call(nobody(), Service.class, "adminsOnly")).isInstanceOf(NotAuthorizedException.class);
  }

  @Test
  void theMethodsRolesOverrideTheClasss() throws Exception {
    assertThat(call(caller("moderator"), Service.class, "moderatorsToo")).isEqualTo("done");
    assertThat(call(nobody(), Service.class, "everyone")).isEqualTo("done");
  }

  @Test
  void aMethodWithoutRolesIsOpen() throws Exception {
    assertThat(call(nobody(), OpenService.class, "anything")).isEqualTo("done");
  }

  private static Object call(SecurityContext context, Class<?> type, String name) throws Exception {
    RolesAllowedInterceptor interceptor = new RolesAllowedInterceptor();
    interceptor.securityContext = context;
    Method method = type.getMethod(name);
    Object target = type.getDeclaredConstructor().newInstance();
    return interceptor.check(new Invocation(target, method));
  }

  private static SecurityContext nobody() {
    return new Caller(null, Set.of());
  }

  private static SecurityContext caller(String... roles) {
    return new Caller(() -> "someone", Set.of(roles));
  }

  private record Caller(Principal principal, Set<String> roles) implements SecurityContext {
    @Override public Principal getCallerPrincipal() { return principal; }
    @Override public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) { return Set.of(); }
    @Override public boolean isCallerInRole(String role) { return principal != null && roles.contains(role); }
    @Override public Set<String> getAllDeclaredCallerRoles() { return roles; }
    @Override public boolean hasAccessToWebResource(String resource, String... methods) { return false; }
    @Override public AuthenticationStatus authenticate(
        HttpServletRequest request, HttpServletResponse response, AuthenticationParameters parameters) {
      throw new UnsupportedOperationException();
    }
  }

  private record Invocation(Object target, Method method) implements InvocationContext {
    @Override public Object getTarget() { return target; }
    @Override public Object getTimer() { return null; }
    @Override public Method getMethod() { return method; }
    @Override public Constructor<?> getConstructor() { return null; }
    @Override public Object[] getParameters() { return new Object[0]; }
    @Override public void setParameters(Object[] params) {}
    @Override public Map<String, Object> getContextData() { return Map.of(); }
    @Override public Object proceed() throws Exception { return method.invoke(target); }
  }
}
