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
import org.agora.platform.boundary.ClientAddress;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.boundary.Problem;
import org.agora.platform.boundary.RateLimiter;
import org.agora.platform.entity.AgoraPrincipal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits writes (POST, PUT, PATCH, DELETE) per person ({@code agora.limits.writes-per-minute},
 * default 600; the anonymous count by address) and per client address whoever signed in
 * ({@code agora.limits.writes-per-minute-per-address}, default 6,000; 0 switches it off). The
 * address is the client's as {@link ClientAddress} tells it, also behind trusted proxies. Over
 * either limit: 429 problem+json with {@code Retry-After}. Reads are not limited here.
 */
@Provider
@ApplicationScoped
public class WriteRateLimit implements ContainerRequestFilter {

  static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  @Inject CurrentUser currentUser;
  @Inject ClientAddress clientAddress;
  @Inject Clock clock;
  @Inject @ConfigProperty(name = "agora.limits.writes-per-minute", defaultValue = "600") int perMinute;
  @Inject @ConfigProperty(name = "agora.limits.writes-per-minute-per-address", defaultValue = "6000") int perAddressPerMinute;
  @Context HttpServletRequest request;

  private RateLimiter perPerson;
  private RateLimiter perAddress;

  @PostConstruct
  void create() {
    perPerson = new RateLimiter(perMinute, Duration.ofMinutes(1), clock);
    perAddress = perAddressPerMinute > 0 ? new RateLimiter(perAddressPerMinute, Duration.ofMinutes(1), clock) : null;
  }

  /** Counts one write of this person (empty: anonymous) from this address; answers the wait when over a limit. */
  Optional<Duration> admit(Optional<Long> personId, String address) {
    Optional<Duration> wait = perPerson.acquire(personId.map(id -> "person:" + id).orElseGet(() -> "address:" + address));
    if (wait.isPresent() || perAddress == null) {
      return wait;
    }
    return perAddress.acquire(address);
  }

  @Override
  public void filter(ContainerRequestContext context) {
    if (!WRITES.contains(context.getMethod())) {
      return;
    }
    Optional<Duration> wait = admit(currentUser.principal().map(AgoraPrincipal::id), clientAddress.of(request));
    wait.ifPresent(w -> context.abortWith(Response.status(Response.Status.TOO_MANY_REQUESTS)
        .header("Retry-After", w.toSeconds())
        .type(Problem.PROBLEM_JSON)
        .entity(Problem.of(Response.Status.TOO_MANY_REQUESTS,
            "Too many changes in a short time; retry in " + w.toSeconds() + " s."))
        .build()));
  }
}
