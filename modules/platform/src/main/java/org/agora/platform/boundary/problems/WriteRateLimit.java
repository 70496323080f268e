package org.agora.platform.boundary.problems;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Problem;
import org.agora.platform.boundary.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits writes (POST, PUT, PATCH, DELETE) per person, and per address for the anonymous:
 * {@code agora.limits.writes-per-minute} (default 600). Over the limit: 429 problem+json with
 * {@code Retry-After}. Reads are not limited here.
 */
@Provider
@ApplicationScoped
public class WriteRateLimit implements ContainerRequestFilter {

  static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject @ConfigProperty(name = "agora.limits.writes-per-minute", defaultValue = "600") int perMinute;
  @Context HttpServletRequest request;

  private RateLimiter limiter;

  @PostConstruct
  void create() {
    limiter = new RateLimiter(perMinute, Duration.ofMinutes(1), clock);
  }

  @Override
  public void filter(ContainerRequestContext context) {
    if (!WRITES.contains(context.getMethod())) {
      return;
    }
    String key = currentUser.principal().map(p -> "person:" + p.id()).orElseGet(() -> "address:" + request.getRemoteAddr());
    Optional<Duration> wait = limiter.acquire(key);
    wait.ifPresent(w -> context.abortWith(Response.status(429)
        .header("Retry-After", w.toSeconds())
        .type(Problem.PROBLEM_JSON)
        .entity(Problem.of(new Status429(), "Too many changes in a short time; retry in " + w.toSeconds() + " s."))
        .build()));
  }

  /** 429 is not in JAX-RS's Status enum. */
  record Status429() implements Response.StatusType {
    @Override public int getStatusCode() { return 429; }
    @Override public Response.Status.Family getFamily() { return Response.Status.Family.CLIENT_ERROR; }
    @Override public String getReasonPhrase() { return "Too Many Requests"; }
  }
}
