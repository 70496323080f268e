package org.agora.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;

/** How single sign-on went lately on this node, for the admins' status page. */
@ApplicationScoped
public class SsoStatus {

  /** One outcome: when, who (on success) or why (on failure). */
  public record Outcome(Instant at, String detail) {}

  /** What {@code GET /api/v1/admin/sso/status} answers. */
  public record View(
      boolean configured, String issuer, boolean passwordLogin, Outcome lastSuccess, Outcome lastFailure,
      String lastFailureCode, long successes, long failures) {}

  @Inject Clock clock;

  private volatile Outcome lastSuccess;
  private volatile Outcome lastFailure;
  private volatile String lastFailureCode;
  private final AtomicLong successes = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  void succeeded(String username) {
    lastSuccess = new Outcome(Instant.now(clock), username);
    successes.incrementAndGet();
  }

  void failed(SsoFailure failure) {
    lastFailure = new Outcome(Instant.now(clock), failure.getMessage());
    lastFailureCode = failure.code().name();
    failures.incrementAndGet();
  }

  public View view(boolean configured, String issuer, boolean passwordLogin) {
    return new View(configured, issuer, passwordLogin, lastSuccess, lastFailure, lastFailureCode,
        successes.get(), failures.get());
  }
}
