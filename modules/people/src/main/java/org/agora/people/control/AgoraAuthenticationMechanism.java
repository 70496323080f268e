package org.agora.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.agora.platform.boundary.problems.UnexpectedExceptionMapper;
import org.agora.people.boundary.LoginOptions;
import org.agora.people.boundary.PageSignIn;
import org.agora.platform.boundary.ClientAddress;
import org.agora.platform.boundary.LoginContinuation;
import org.agora.platform.boundary.Problem;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Roles;

/**
 * How callers prove who they are. API clients send HTTP Basic or a personal access token as a
 * Bearer token on every request; browsers log in once through the login form (a POST to
 * {@code /login}) or through the company's OpenID Connect provider ({@link SingleSignOn}) and are
 * remembered in their HTTP session. Password login (form and Basic) can be switched off.
 */
@ApplicationScoped
public class AgoraAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_PRINCIPAL = "agora.principal";
  static final String LOGIN_PATH = "/login";


  @Inject Authenticator authenticator;
  @Inject LoginThrottle throttle;
  @Inject ClientAddress clientAddress;
  @Inject LoginOptions options;
  @Inject SingleSignOn singleSignOn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      // Credentials cannot be checked while the database is away: say so instead of an HTML 500.
      if (UnexpectedExceptionMapper.isDatabaseOutage(e)) {
        return ProblemAnswers.unavailable(request, response);
      }
      throw e;
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
      return pageSignIn(request, context, credential);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(path)) {
      return options.passwordEnabled()
          ? formLogin(request, context)
          : context.redirect(request.getContextPath() + LOGIN_PATH + "?password-off");
    }
    if ("GET".equals(request.getMethod()) && singleSignOn.handles(path)) {
      return singleSignOn.handle(path, request, context, principal -> startSession(request, context, principal));
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      return headerLogin(authorization, request, response, context);
    }
    String queryToken = request.getParameter("access_token");
    if (queryToken != null && path.startsWith("/ws/")) {
      // Browsers cannot set headers on a WebSocket handshake, so the stream also takes a query token.
      return accept(authenticator.byToken(queryToken), request, response, context);
    }
    Optional<AgoraPrincipal> remembered = sessionPrincipal(request);
    if (remembered.isPresent()) {
      return context.notifyContainerAboutLogin(remembered.get(), Roles.of(remembered.get().admin()));
    }
    if (isProtected(context, path)) {
      return ProblemAnswers.unauthorized(request, response, "Authentication required" + sessionState(request)
          + ": sign in, or use HTTP Basic or a Bearer token.");
    }
    return context.doNothing();
  }

  /**
   * Payara Micro 7 tells the mechanism that the context root itself ("/") is protected although no
   * constraint in web.xml covers it (it serves it when the mechanism does nothing): the web app's
   * entry page would answer 401 to everyone not yet signed in.
   */
  private static boolean isProtected(HttpMessageContext context, String path) {
    return context.isProtected() && !"/".equals(path) && !path.isEmpty();
  }

  /**
   * Why a request that came with a session cookie is not signed in: the session ended, or it never
   * was signed in. Tells the person (and a failing test) more than "authentication required".
   */
  private static String sessionState(HttpServletRequest request) {
    if (request.getRequestedSessionId() == null) {
      return "";
    }
    if (!request.isRequestedSessionIdValid()) {
      return " (this browser's session has ended: signed out, expired, or the server restarted)";
    }
    return " (this browser's session is not signed in)";
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_PRINCIPAL);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
    PasswordCheck check = checkPassword(request.getParameter("username"), request.getParameter("password"), request);
    if (check.throttled()) {
      return context.redirect(request.getContextPath() + LOGIN_PATH + "?throttled");
    }
    if (check.principal().isEmpty()) {
      return context.redirect(request.getContextPath() + LOGIN_PATH + "?error");
    }
    return startSession(request, context, check.principal().get());
  }

  /** What a password check found: the person, or nobody, or that the throttle made it wait. */
  private record PasswordCheck(Optional<AgoraPrincipal> principal, Optional<Duration> retryAfter) {
    boolean throttled() {
      return retryAfter.isPresent();
    }
  }

  /**
   * The check the login form, the login page and HTTP Basic share: the throttle first
   * ({@link LoginThrottle}), then the password, and the throttle learns how it went.
   */
  private PasswordCheck checkPassword(String username, String password, HttpServletRequest request) {
    String address = clientAddress.of(request);
    Optional<Duration> wait = throttle.admit(username, address);
    if (wait.isPresent()) {
      return new PasswordCheck(Optional.empty(), wait);
    }
    Optional<AgoraPrincipal> principal = authenticator.byPassword(username, password);
    if (principal.isEmpty()) {
      throttle.failed(username, address);
    } else {
      throttle.succeeded(username, address);
    }
    return new PasswordCheck(principal, Optional.empty());
  }

  /**
   * Sign-in from the running login page ({@link PageSignIn}): checked as the login form is, but
   * the page's own request goes on signed in, and the page moves on by itself. A refusal touches
   * nothing in the answer (the page's request must still be answered normally); it is noted in
   * the request for the page to show.
   */
  private AuthenticationStatus pageSignIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
    if (!options.passwordEnabled()) {
      return refuse(request, context, PageSignIn.Outcome.PASSWORD_OFF);
    }
    PasswordCheck check = checkPassword(credential.getCaller(), credential.getPasswordAsString(), request);
    if (check.throttled()) {
      return refuse(request, context, PageSignIn.Outcome.THROTTLED);
    }
    if (check.principal().isEmpty()) {
      return refuse(request, context, PageSignIn.Outcome.WRONG_CREDENTIALS);
    }
    return remember(request, context, check.principal().get());
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpMessageContext context, PageSignIn.Outcome why) {
    request.setAttribute(PageSignIn.REFUSAL, why);
    return context.doNothing();
  }

  /** Remembers the person in a new session and sends the browser where it was going. */
  private AuthenticationStatus startSession(
      HttpServletRequest request, HttpMessageContext context, AgoraPrincipal principal) {
    remember(request, context, principal);
    return context.redirect(request.getContextPath() + LoginContinuation.take(request.getSession()).orElse("/"));
  }

  /** The person, in this request and in the session, under a new session id (defeats session fixation). */
  private static AuthenticationStatus remember(
      HttpServletRequest request, HttpMessageContext context, AgoraPrincipal principal) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SESSION_PRINCIPAL, principal);
    return context.notifyContainerAboutLogin(principal, Roles.of(principal.admin()));
  }

  private AuthenticationStatus headerLogin(
      String authorization, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return accept(authenticator.byToken(authorization.substring(7).strip()), request, response, context);
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      if (!options.passwordEnabled()) {
        return ProblemAnswers.unauthorized(request, response, "Password login is switched off here: sign in"
            + options.singleSignOn().map(name -> " with " + name).orElse("") + " in the browser, or send a personal"
            + " access token as a Bearer token.");
      }
      return basicLogin(authorization.substring(6).strip(), request, response, context);
    }
    return ProblemAnswers.unauthorized(request, response, "Unsupported Authorization scheme: use Basic or Bearer.");
  }

  /** HTTP Basic, throttled like the login form ({@link LoginThrottle}). */
  private AuthenticationStatus basicLogin(
      String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return accept(Optional.empty(), request, response, context);
    }
    PasswordCheck check = checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1), request);
    if (check.throttled()) {
      return ProblemAnswers.tooManyAttempts(request, response, check.retryAfter().get());
    }
    return accept(check.principal(), request, response, context);
  }

  private static AuthenticationStatus accept(Optional<AgoraPrincipal> principal, HttpServletRequest request,
      HttpServletResponse response, HttpMessageContext context) {
    if (principal.isEmpty()) {
      return ProblemAnswers.unauthorized(
          request, response, "Wrong credentials, or the account or token is no longer valid.");
    }
    return context.notifyContainerAboutLogin(principal.get(), Roles.of(principal.get().admin()));
  }

  private Optional<AgoraPrincipal> sessionPrincipal(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION_PRINCIPAL) instanceof AgoraPrincipal p)) {
      return Optional.empty();
    }
    if (!authenticator.isActive(p.id())) {
      session.invalidate();
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /**
   * Writes a 401 problem+json directly: the container's own error page would be HTML. These
   * answers leave before the filter chain, so they carry the security headers themselves.
   */
  static final class ProblemAnswers {
    private ProblemAnswers() {}

    static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"agora\"");
      return write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    static AuthenticationStatus tooManyAttempts(
        HttpServletRequest request, HttpServletResponse response, java.time.Duration wait) {
      response.setHeader("Retry-After", String.valueOf(wait.toSeconds()));
      return write(request, response, 429, "Too Many Requests",
          "Too many failed logins; try again in " + wait.toSeconds() + " s.");
    }

    static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
      response.setHeader("Retry-After", "5");
      return write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
          "Agora cannot reach its database right now; please retry shortly.");
    }

    private static AuthenticationStatus write(
        HttpServletRequest request, HttpServletResponse response, int status, String title, String detail) {
      try {
        Problem.of(status, title, detail).writeTo(request, response);
        response.flushBuffer();
      } catch (IOException e) {
        // The client went away; nothing left to tell it.
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }
}
