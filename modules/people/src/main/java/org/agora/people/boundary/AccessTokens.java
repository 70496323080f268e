package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.agora.people.control.TokenSecrets;
import org.agora.people.entity.AccessToken;
import org.agora.people.entity.Person;
import org.agora.people.entity.TokenRevoked;
import org.agora.platform.entity.DomainEvent;
import jakarta.enterprise.event.Event;
import java.util.Optional;
import org.agora.platform.boundary.ConflictException;

/** A person's personal access tokens for API clients: create (secret shown once), list, revoke. */
@ApplicationScoped
@Transactional
public class AccessTokens {

  /** Enough for every script a person runs; stops a leaked login from minting tokens forever. */
  public static final int MAX_ACTIVE_PER_PERSON = 50;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;

  public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    static TokenView of(AccessToken t) {
      return new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt());
    }
  }

  /** The only answer that ever carries the secret. */
  public record CreatedToken(long id, String name, String token, Instant createdAt) {}

  public CreatedToken create(long personId, String name) {
    long active =
        em.createQuery(
                "select count(t) from AccessToken t where t.owner.id = :p and t.revokedAt is null", Long.class)
            .setParameter("p", personId)
            .getSingleResult();
    if (active >= MAX_ACTIVE_PER_PERSON) {
      throw new ConflictException("At most " + MAX_ACTIVE_PER_PERSON + " active tokens; revoke one first.");
    }
    String secret = TokenSecrets.newSecret();
    AccessToken token =
        new AccessToken(em.getReference(Person.class, personId), name, TokenSecrets.hash(secret), Instant.now(clock));
    em.persist(token);
    em.flush();
    return new CreatedToken(token.getId(), token.getName(), secret, token.getCreatedAt());
  }

  public List<TokenView> list(long personId) {
    return em.createQuery(
            "select t from AccessToken t where t.owner.id = :p order by t.id desc", AccessToken.class)
        .setParameter("p", personId)
        .getResultStream()
        .map(TokenView::of)
        .toList();
  }

  /** Revoking is idempotent; a token that is not the caller's is reported as missing. */
  public void revoke(long personId, long tokenId) {
    AccessToken token = em.find(AccessToken.class, tokenId);
    if (token == null || token.getOwner().getId() != personId) {
      throw new NotFoundException("No token with id " + tokenId);
    }
    if (!token.isRevoked()) {
      token.revoke(Instant.now(clock));
      events.fire(new TokenRevoked(tokenId, personId));
    }
  }

  /** The id of the valid token with this secret, so a long-lived connection can remember which one it used. */
  public Optional<Long> idOf(String secret) {
    if (secret == null || !TokenSecrets.looksLikeToken(secret)) {
      return Optional.empty();
    }
    return em.createQuery(
            "select t.id from AccessToken t where t.tokenHash = :h and t.revokedAt is null", Long.class)
        .setParameter("h", TokenSecrets.hash(secret))
        .getResultStream()
        .findFirst();
  }
}
