package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.platform.boundary.NativeSql;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company-wide usage policy every person accepts once, on their first login to the web UI
 * ({@code agora.policy.enabled}; the text ships as {@code agora/usage-policy.md} and can be
 * replaced by a file named in {@code agora.policy.file}).
 */
@ApplicationScoped
@Transactional
public class UsagePolicy {

  /** The policy and when the person accepted it (null: not yet, or no policy in force). */
  public record Status(boolean enabled, String text, Instant acceptedAt) {
    public boolean mustAccept() {
      return enabled && acceptedAt == null;
    }
  }

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject @ConfigProperty(name = "agora.policy.enabled", defaultValue = "false") boolean enabled;
  @Inject @ConfigProperty(name = "agora.policy.file") java.util.Optional<String> file;

  @SuppressWarnings("unchecked")
  public Status status(long personId) {
    if (!enabled) {
      return new Status(false, null, null);
    }
    List<Object> accepted = em.createNativeQuery("select policy_accepted_at from person where id = ?1").setParameter(1, personId)
        .getResultList();
    return new Status(true, text(), accepted.isEmpty() ? null : NativeSql.instant(accepted.get(0)));
  }

  public Status accept(long personId) {
    em.createNativeQuery("update person set policy_accepted_at = coalesce(policy_accepted_at, ?2) where id = ?1")
        .setParameter(1, personId).setParameter(2, Instant.now(clock).atOffset(ZoneOffset.UTC)).executeUpdate();
    return status(personId);
  }

  private String text() {
    try {
      if (file.isPresent() && !file.get().isBlank()) {
        return java.nio.file.Files.readString(java.nio.file.Path.of(file.get()), StandardCharsets.UTF_8);
      }
      try (InputStream in = UsagePolicy.class.getResourceAsStream("/agora/usage-policy.md")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the usage policy text cannot be read", e);
    }
  }
}
