package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Signs a person in from the running login page, inside the page's own request: no form post,
 * redirect and second page load, which were half of the time from "Sign in" to the home feed.
 * The container's authentication mechanism does the work as for the login form (throttle,
 * password check, a new session id), so the rest of the request already knows the person.
 */
@ApplicationScoped
public class PageSignIn {

  /** Request attribute by which the authentication mechanism says why it did not sign someone in. */
  public static final String REFUSAL = "agora.signIn.refusal";

  /** How signing in from the page ended. */
  public enum Outcome { SIGNED_IN, WRONG_CREDENTIALS, THROTTLED, PASSWORD_OFF }

  @Inject SecurityContext securityContext;

  public Outcome signIn(HttpServletRequest request, HttpServletResponse response, String username, String password) {
    AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
        .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password)))
        .newAuthentication(true));
    if (request.getAttribute(REFUSAL) instanceof Outcome refusal) {
      return refusal;
    }
    // A refusal reaches the caller as SUCCESS without a caller (the container has no "not done"):
    // signed in means a caller now stands in the request.
    boolean signedIn = status == AuthenticationStatus.SUCCESS && !securityContext.getPrincipalsByType(AgoraPrincipal.class).isEmpty();
    return signedIn ? Outcome.SIGNED_IN : Outcome.WRONG_CREDENTIALS;
  }
}
