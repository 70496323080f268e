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
import java.util.Locale;
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

  public Status status(long personId) {
    return status(personId, Locale.ENGLISH);
  }

  /** The status with the policy's text in {@code language} where there is one (else English). */
  @SuppressWarnings("unchecked")
  public Status status(long personId, Locale language) {
    if (!enabled) {
      return new Status(false, null, null);
    }
    List<Object> accepted = em.createNativeQuery("select policy_accepted_at from person where id = ?1").setParameter(1, personId)
        .getResultList();
    return new Status(true, text(language), accepted.isEmpty() ? null : NativeSql.instant(accepted.get(0)));
  }

  public Status accept(long personId) {
    em.createNativeQuery("update person set policy_accepted_at = coalesce(policy_accepted_at, ?2) where id = ?1")
        .setParameter(1, personId).setParameter(2, Instant.now(clock).atOffset(ZoneOffset.UTC)).executeUpdate();
    return status(personId);
  }

  /**
   * The text in the language asked for: {@code usage-policy_de.md} beside {@code usage-policy.md}
   * (for a configured file too: {@code policy.md} and {@code policy_de.md}), else the file itself.
   */
  private String text(Locale language) {
    try {
      if (file.isPresent() && !file.get().isBlank()) {
        java.nio.file.Path path = java.nio.file.Path.of(file.get());
        java.nio.file.Path translated = path.resolveSibling(inLanguage(path.getFileName().toString(), language));
        return java.nio.file.Files.readString(java.nio.file.Files.exists(translated) ? translated : path, StandardCharsets.UTF_8);
      }
      InputStream in = UsagePolicy.class.getResourceAsStream("/agora/" + inLanguage("usage-policy.md", language));
      if (in == null) {
        in = UsagePolicy.class.getResourceAsStream("/agora/usage-policy.md");
      }
      try (InputStream text = in) {
        return new String(text.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the usage policy text cannot be read", e);
    }
  }

  /** "policy.md" in German is "policy_de.md"; English is the file itself. */
  private static String inLanguage(String name, Locale language) {
    if (language == null || language.getLanguage().isEmpty() || "en".equals(language.getLanguage())) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name + "_" + language.getLanguage() : name.substring(0, dot) + "_" + language.getLanguage() + name.substring(dot);
  }
}
