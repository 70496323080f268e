package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people may sign in here: with their Agora password (unless switched off by
 * {@code agora.login.password.enabled=false}) and, when an OpenID Connect provider is configured,
 * through it. The login page and the authentication mechanism ask the same bean.
 */
@ApplicationScoped
public class LoginOptions {

  @Inject @ConfigProperty(name = "agora.login.password.enabled", defaultValue = "true") boolean passwordEnabled;
  @Inject @ConfigProperty(name = "agora.oidc.issuer") Optional<String> issuer;
  @Inject @ConfigProperty(name = "agora.oidc.provider-name", defaultValue = "single sign-on") String providerName;

  public boolean passwordEnabled() {
    return passwordEnabled;
  }

  /** The provider's name for "Sign in with …", when single sign-on is configured. */
  public Optional<String> singleSignOn() {
    return issuer.filter(i -> !i.isBlank()).map(i -> providerName);
  }

  /** Where the browser starts single sign-on (relative to the application's context path). */
  public static final String SSO_LOGIN_PATH = "/sso/login";
}
