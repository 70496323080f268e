package org.agora.app.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.agora.platform.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The REST API; resources and providers in every feature module are discovered by scanning.
 * {@code @RolesAllowed} on a resource is enforced by Jersey's own feature (Payara does not register
 * it): a caller outside the roles gets 403 problem+json before the method runs.
 */
@ApplicationPath("api/v1")
@DeclareRoles({Roles.USER, Roles.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Agora API",
            version = "1",
            description = "The internal social network's REST API. Errors are RFC 9457 problem+json; lists answer {items, next}.",
            license = @License(name = "Apache-2.0")),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecuritySchemes({
  @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
  @SecurityScheme(
      securitySchemeName = "bearer",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      description = "A personal access token from POST /api/v1/me/tokens")
})
public class AgoraApplication extends Application {

  /** Named, not imported: Jersey is Payara's, not a dependency of ours. */
  static final String ROLES_ALLOWED_FEATURE = "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.provider.classnames", ROLES_ALLOWED_FEATURE);
  }
}
