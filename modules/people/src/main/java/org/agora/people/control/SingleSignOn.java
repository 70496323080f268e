package org.agora.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;
import org.agora.people.boundary.LoginOptions;
import org.agora.people.control.OidcProvider.Pending;
import org.agora.people.control.SsoFailure.Code;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * The browser side of single sign-on inside {@link AgoraAuthenticationMechanism}: {@code GET
 * /sso/login} remembers state, nonce and PKCE verifier in the session and sends the browser to the
 * provider; {@code GET /sso/callback} checks the state (once: it is removed on first use), lets
 * {@link OidcProvider} exchange the code and validate the ID token, and signs the person in. Every
 * refusal is logged, counted in {@link SsoStatus} and shown on the login page as {@code ?sso=code}.
 */
@ApplicationScoped
public class SingleSignOn {

  static final String CALLBACK_PATH = "/sso/callback";
  private static final String SESSION_PENDING = "agora.sso.pending";
  private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

  @Inject OidcSettings settings;
  @Inject OidcProvider provider;
  @Inject SsoPeople people;
  @Inject SsoStatus status;

  public boolean handles(String path) {
    return LoginOptions.SSO_LOGIN_PATH.equals(path) || CALLBACK_PATH.equals(path);
  }

  /** Answers the login or the redirect; {@code signedIn} receives the person on success. */
  public AuthenticationStatus handle(
      String path, HttpServletRequest request, HttpMessageContext context, SignedIn signedIn) {
    try {
      if (!settings.configured()) {
        throw new SsoFailure(Code.OFF, "single sign-on is not configured (agora.oidc.issuer, agora.oidc.client-id)");
      }
      if (LoginOptions.SSO_LOGIN_PATH.equals(path)) {
        OidcProvider.Start start = provider.start(redirectUri(request));
        request.getSession(true).setAttribute(SESSION_PENDING, start.pending());
        return context.redirect(start.authorization().toString());
      }
      Pending pending = pending(request);
      AgoraPrincipal principal = people.signIn(provider.finish(code(request), pending));
      status.succeeded(principal.username());
      LOG.info("sso: " + principal.username() + " signed in through " + settings.issuer());
      return signedIn.accept(principal);
    } catch (SsoFailure failure) {
      status.failed(failure);
      LOG.warning("sso: refused (" + failure.code() + "): " + failure.getMessage());
      return context.redirect(request.getContextPath() + "/login?sso=" + failure.code().name().toLowerCase());
    }
  }

  /** What the mechanism does with a person who signed in: a new session, then where they were going. */
  @FunctionalInterface
  public interface SignedIn {
    AuthenticationStatus accept(AgoraPrincipal principal);
  }

  /** The pending request whose state the provider sent back; it can serve one callback only. */
  private static Pending pending(HttpServletRequest request) throws SsoFailure {
    HttpSession session = request.getSession(false);
    Object stored = session == null ? null : session.getAttribute(SESSION_PENDING);
    if (session != null) {
      session.removeAttribute(SESSION_PENDING);
    }
    String state = request.getParameter("state");
    if (!(stored instanceof Pending pending)) {
      throw new SsoFailure(Code.STATE, "a callback without a sign-in in progress in this session (replayed, "
          + "expired session, or not started here)");
    }
    if (state == null || !MessageDigest.isEqual(
        state.getBytes(StandardCharsets.UTF_8), pending.state().getBytes(StandardCharsets.UTF_8))) {
      throw new SsoFailure(Code.STATE, "the callback's state does not match the one sent to the provider");
    }
    return pending;
  }

  private static String code(HttpServletRequest request) throws SsoFailure {
    String error = request.getParameter("error");
    if (error != null) {
      throw new SsoFailure(Code.DENIED, "the provider answered " + error
          + (request.getParameter("error_description") == null ? "" : ": " + request.getParameter("error_description")));
    }
    String code = request.getParameter("code");
    if (code == null || code.isBlank() || code.length() > 4096) {
      throw new SsoFailure(Code.STATE, "the callback carries no authorization code");
    }
    return code;
  }

  private String redirectUri(HttpServletRequest request) {
    return settings.redirectUri().orElseGet(() -> {
      StringBuffer url = request.getRequestURL();
      return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + CALLBACK_PATH;
    });
  }
}
