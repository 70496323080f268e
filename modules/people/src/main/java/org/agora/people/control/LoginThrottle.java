package org.agora.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.platform.boundary.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing without handing anyone a way to lock a colleague out, as the OWASP
 * Authentication Cheat Sheet advises. Wrong passwords count per (username, address): after
 * {@code agora.limits.login-failures} (10) within 15 minutes that address waits for that account
 * until the window ends (429), and nobody else does. An address that fails 10 times that many
 * across accounts (password spraying) waits for all. Many failures for one account from many
 * addresses ({@code agora.limits.login-failures-per-account}, 50) slow the account down instead of
 * locking it: then one attempt per {@code agora.limits.login-slow-seconds} (10) from addresses that
 * have not signed in to it before; addresses it signed in from recently are not slowed by others.
 * Per node, like every limit here.
 */
@ApplicationScoped
public class LoginThrottle {

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration KNOWN_FOR = Duration.ofDays(30);
  private static final int MAX_TRACKED = 50_000;

  @Inject Clock clock;
  @Inject @ConfigProperty(name = "agora.limits.login-failures", defaultValue = "10") int perPair;
  @Inject @ConfigProperty(name = "agora.limits.login-failures-per-account", defaultValue = "50") int perAccount;
  @Inject @ConfigProperty(name = "agora.limits.login-slow-seconds", defaultValue = "10") int slowSeconds;

  private RateLimiter pairs;
  private RateLimiter addresses;
  private RateLimiter accounts;
  /** When a slowed-down account last let an attempt through. */
  private final Map<String, Long> lastSlowAttempt = new ConcurrentHashMap<>();
  /** Where each account signed in successfully, and when: its owner's usual places. */
  private final Map<String, Map<String, Long>> knownAddresses = new ConcurrentHashMap<>();

  @PostConstruct
  void create() {
    pairs = new RateLimiter(perPair, WINDOW, clock);
    addresses = new RateLimiter(perPair * 10, WINDOW, clock);
    accounts = new RateLimiter(perAccount, WINDOW, clock);
  }

  /**
   * Whether a password attempt for this username from this address may be checked now; else how
   * long to wait. An attempt let through while the account is slowed down uses up its slot.
   */
  public Optional<Duration> admit(String username, String address) {
    String account = key(username);
    Optional<Duration> wait = pairs.blocked(account + " " + address).or(() -> addresses.blocked(address));
    if (wait.isPresent() || accounts.blocked(account).isEmpty() || known(account, address)) {
      return wait;
    }
    long now = clock.millis();
    long slot = Duration.ofSeconds(slowSeconds).toMillis();
    boolean[] through = {false};
    if (lastSlowAttempt.size() > MAX_TRACKED) {
      lastSlowAttempt.clear();
    }
    long last = lastSlowAttempt.compute(account, (a, before) -> {
      through[0] = before == null || now - before >= slot;
      return through[0] ? now : before;
    });
    return through[0] ? Optional.empty() : Optional.of(Duration.ofMillis(Math.max(1000, slot - (now - last))));
  }

  public void failed(String username, String address) {
    String account = key(username);
    pairs.acquire(account + " " + address);
    addresses.acquire(address);
    accounts.acquire(account);
  }

  /** Forgets this address's failures for the account and remembers it as one of the owner's places. */
  public void succeeded(String username, String address) {
    String account = key(username);
    pairs.reset(account + " " + address);
    if (knownAddresses.size() > MAX_TRACKED) {
      knownAddresses.clear();
    }
    Map<String, Long> places = knownAddresses.computeIfAbsent(account, a -> new ConcurrentHashMap<>());
    if (places.size() > 20) {
      places.clear();
    }
    places.put(address, clock.millis());
  }

  private boolean known(String account, String address) {
    Long since = knownAddresses.getOrDefault(account, Map.of()).get(address);
    return since != null && clock.millis() - since < KNOWN_FOR.toMillis();
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
