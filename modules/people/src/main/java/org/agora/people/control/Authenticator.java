package org.agora.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.agora.people.entity.AccessToken;
import org.agora.people.entity.Person;
import org.agora.platform.entity.AgoraPrincipal;

/** Checks a password or an access token against the database; inactive people never pass. */
@ApplicationScoped
@Transactional
public class Authenticator {

  /** Recording every use would turn each API read into a write; once in a while is enough. */
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject Clock clock;

  public Optional<AgoraPrincipal> byPassword(String username, String password) {
    if (username == null || password == null || username.length() > 64 || password.length() > 1000) {
      return Optional.empty();
    }
    return em
        .createQuery("select p from Person p where p.username = :u and p.active = true", Person.class)
        .setParameter("u", username.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .filter(p -> passwords.matches(password, p.getPasswordHash()))
        .map(Authenticator::principalOf);
  }

  public Optional<AgoraPrincipal> byToken(String secret) {
    if (!TokenSecrets.looksLikeToken(secret)) {
      return Optional.empty();
    }
    Optional<AccessToken> token =
        em.createQuery(
                "select t from AccessToken t join fetch t.owner o"
                    + " where t.tokenHash = :h and t.revokedAt is null and o.active = true",
                AccessToken.class)
            .setParameter("h", TokenSecrets.hash(secret))
            .getResultStream()
            .findFirst();
    token.ifPresent(this::noteUse);
    return token.map(t -> principalOf(t.getOwner()));
  }

  /** Whether a session's person may still act (they may have been disabled since login). */
  public boolean isActive(long personId) {
    Person person = em.find(Person.class, personId);
    return person != null && person.isActive();
  }

  private void noteUse(AccessToken token) {
    Instant now = Instant.now(clock);
    if (token.getLastUsedAt() == null
        || token.getLastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
      token.usedAt(now);
    }
  }

  static AgoraPrincipal principalOf(Person person) {
    return new AgoraPrincipal(person.getId(), person.getUsername(), person.isAdmin());
  }
}
