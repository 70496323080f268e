package org.agora.app.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agora.platform.entity.Roles;

/**
 * Every REST endpoint only admins may call, each with a request that is harmless to send: a read,
 * an id that does not exist, or a body that fails validation (checked only after the role, so an
 * ordinary user still meets the 403). A new admin endpoint is added here; the
 * AdminEndpointsTest fails until it is, and AdminRolesIT then tries it.
 */
public final class AdminEndpoints {

  /** One endpoint: its method and path as the resource declares them, and the request to try. */
  public record Endpoint(String method, String template, String request, String body) {
    public String name() {
      return method + " " + template;
    }
  }

  public static final List<Endpoint> ALL = List.of(
      new Endpoint("GET", "admin/audit", "admin/audit?limit=1", null),
      new Endpoint("POST", "admin/people/{id}/disable", "admin/people/0/disable", "{}"),
      new Endpoint("POST", "admin/people/{id}/enable", "admin/people/0/enable", "{}"),
      // A blank reason fails validation after the role check: nobody is erased.
      new Endpoint("POST", "admin/people/{id}/erasure", "admin/people/0/erasure", "{\"reason\":\"\"}"),
      new Endpoint("POST", "admin/insights/rollup", "admin/insights/rollup?from=not-a-date", "{}"),
      new Endpoint("POST", "admin/bookmarks/link-check", "admin/bookmarks/link-check", "{}"),
      new Endpoint("GET", "admin/directory/runs", "admin/directory/runs", null),
      new Endpoint("GET", "admin/directory/bindings", "admin/directory/bindings", null),
      new Endpoint("POST", "admin/directory/bindings", "admin/directory/bindings", "{}"),
      // Without a directory to reach, the sync reports FAILED and changes nothing.
      new Endpoint("POST", "admin/directory/sync", "admin/directory/sync", ""),
      new Endpoint("GET", "admin/mail/queue", "admin/mail/queue?limit=1", null),
      // Queues the digests that are due, as the scheduler does on every poll anyway.
      new Endpoint("POST", "admin/mail/digests", "admin/mail/digests", ""),
      new Endpoint("GET", "admin/sso/status", "admin/sso/status", null),
      new Endpoint("GET", "admin/search/status", "admin/search/status", null),
      new Endpoint("PUT", "people/{id}/active", "people/0/active", "{}"),
      new Endpoint("PUT", "people/{id}/admin", "people/0/admin", "{}"),
      new Endpoint("POST", "departments", "departments", "{}"),
      new Endpoint("PUT", "departments/{id}", "departments/0", "{}"),
      new Endpoint("GET", "admin/onboarding", "admin/onboarding", null),
      new Endpoint("PUT", "admin/onboarding", "admin/onboarding", "{}"),
      new Endpoint("GET", "admin/onboarding/newcomers", "admin/onboarding/newcomers", null),
      new Endpoint("PUT", "admin/onboarding/newcomers/{personId}", "admin/onboarding/newcomers/0", ""),
      new Endpoint("DELETE", "admin/onboarding/newcomers/{personId}", "admin/onboarding/newcomers/0", null),
      new Endpoint("PUT", "people/{id}/buddy", "people/0/buddy", "{}"),
      new Endpoint("DELETE", "people/{id}/buddy", "people/0/buddy", null),
      // Rebuilds the search indexes from the database, as SearchIT does: slow, but it loses nothing.
      new Endpoint("POST", "admin/search/reindex", "admin/search/reindex", ""));

  private AdminEndpoints() {}

  /** The listed endpoints, as "METHOD path". */
  public static Set<String> listed() {
    return ALL.stream().map(Endpoint::name).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every endpoint of every resource class, as "METHOD path", below {@code api/v1/}. */
  public static Set<String> declared() {
    return resourceMethods().map(AdminEndpoints::name).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The endpoints whose {@code @RolesAllowed} (the method's, else its class's) admits admins only. */
  public static Set<String> annotated() {
    return resourceMethods().filter(AdminEndpoints::adminOnly).map(AdminEndpoints::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Stream<Method> resourceMethods() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.agora")
        .stream()
        .filter(c -> c.isAnnotatedWith(Path.class))
        .map(JavaClass::reflect)
        .flatMap(c -> Arrays.stream(c.getMethods()))
        .filter(m -> httpMethod(m).isPresent());
  }

  private static boolean adminOnly(Method method) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return false;
    }
    RolesAllowed roles = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
        .orElse(method.getDeclaringClass().getAnnotation(RolesAllowed.class));
    return roles != null && List.of(roles.value()).equals(List.of(Roles.ADMIN));
  }

  private static String name(Method method) {
    String path = Stream.of(method.getDeclaringClass().getAnnotation(Path.class), method.getAnnotation(Path.class))
        .filter(p -> p != null)
        .map(p -> p.value().replaceAll("^/+|/+$", ""))
        .filter(p -> !p.isEmpty())
        .collect(Collectors.joining("/"));
    return httpMethod(method).orElseThrow() + " " + path;
  }

  private static Optional<String> httpMethod(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(Annotation::annotationType)
        .map(type -> type.getAnnotation(HttpMethod.class))
        .filter(m -> m != null)
        .map(HttpMethod::value)
        .findFirst();
  }
}
