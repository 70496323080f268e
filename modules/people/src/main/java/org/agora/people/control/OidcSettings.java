package org.agora.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The OpenID Connect provider and how its claims map onto a person (keys {@code agora.oidc.*}). */
@ApplicationScoped
public class OidcSettings {

  @Inject @ConfigProperty(name = "agora.oidc.issuer") Optional<String> issuer;
  @Inject @ConfigProperty(name = "agora.oidc.client-id") Optional<String> clientId;
  @Inject @ConfigProperty(name = "agora.oidc.client-secret") Optional<String> clientSecret;
  /** Absent: derived from the request, {@code <scheme>://<host>/<context>/sso/callback}. */
  @Inject @ConfigProperty(name = "agora.oidc.redirect-uri") Optional<String> redirectUri;
  @Inject @ConfigProperty(name = "agora.oidc.scopes", defaultValue = "openid profile email") String scopes;
  @Inject @ConfigProperty(name = "agora.oidc.claim.username", defaultValue = "preferred_username") String usernameClaim;
  @Inject @ConfigProperty(name = "agora.oidc.claim.name", defaultValue = "name") String nameClaim;
  @Inject @ConfigProperty(name = "agora.oidc.claim.email", defaultValue = "email") String emailClaim;
  @Inject @ConfigProperty(name = "agora.oidc.claim.department", defaultValue = "department") String departmentClaim;
  @Inject @ConfigProperty(name = "agora.oidc.claim.groups", defaultValue = "groups") String groupsClaim;
  /** Members of this group are Agora admins, others are not; absent: Agora keeps the admin flag. */
  @Inject @ConfigProperty(name = "agora.oidc.admin-group") Optional<String> adminGroup;
  @Inject @ConfigProperty(name = "agora.oidc.timeout-ms", defaultValue = "5000") int timeoutMillis;

  public boolean configured() {
    return issuer.filter(i -> !i.isBlank()).isPresent() && clientId.filter(c -> !c.isBlank()).isPresent();
  }

  public String issuer() {
    String value = issuer.orElseThrow().strip();
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  public String clientId() {
    return clientId.orElseThrow().strip();
  }

  public Optional<String> clientSecret() {
    return clientSecret.filter(s -> !s.isBlank());
  }

  public Optional<String> redirectUri() {
    return redirectUri.filter(s -> !s.isBlank());
  }

  public List<String> scopes() {
    return Arrays.stream(scopes.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
  }

  public String usernameClaim() {
    return usernameClaim;
  }

  public String nameClaim() {
    return nameClaim;
  }

  public String emailClaim() {
    return emailClaim;
  }

  public String departmentClaim() {
    return departmentClaim;
  }

  public String groupsClaim() {
    return groupsClaim;
  }

  public Optional<String> adminGroup() {
    return adminGroup.filter(g -> !g.isBlank());
  }

  public int timeoutMillis() {
    return timeoutMillis;
  }
}
