package org.agora.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.agora.platform.boundary.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after {@code agora.limits.login-failures} (10) wrong passwords for one
 * username within 15 minutes, or 100 from one address, password logins for it are refused with
 * 429 until the window ends, even with the right password. A successful login clears the username.
 */
@ApplicationScoped
public class LoginThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);

  @Inject Clock clock;
  @Inject @ConfigProperty(name = "agora.limits.login-failures", defaultValue = "10") int perUsername;

  private RateLimiter usernames;
  private RateLimiter addresses;

  @PostConstruct
  void create() {
    usernames = new RateLimiter(perUsername, WINDOW, clock);
    addresses = new RateLimiter(perUsername * 10, WINDOW, clock);
  }

  /** How long this username or address must wait before trying a password again, if at all. */
  public Optional<Duration> wait(String username, String address) {
    return usernames.blocked(key(username)).or(() -> addresses.blocked(address));
  }

  public void failed(String username, String address) {
    usernames.acquire(key(username));
    addresses.acquire(address);
  }

  public void succeeded(String username) {
    usernames.reset(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
