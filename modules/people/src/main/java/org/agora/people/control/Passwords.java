package org.agora.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with the container's PBKDF2 (Jakarta Security). The parameters
 * follow OWASP's guidance for PBKDF2-HMAC-SHA256; they are stored inside each hash, so raising
 * them later still verifies old hashes.
 */
@ApplicationScoped
public class Passwords {

  public static final int MIN_LENGTH = 8;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return hash != null && pbkdf2.verify(password.toCharArray(), hash);
  }
}
