package org.agora.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal access token for API clients. Only a SHA-256 hash of the secret is stored: the
 * secret itself is shown once, when the token is created.
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false)
  private Person owner;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected AccessToken() {}

  public AccessToken(Person owner, String name, String tokenHash, Instant createdAt) {
    this.owner = owner;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Person getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public void revoke(Instant at) {
    this.revokedAt = at;
  }

  public void usedAt(Instant at) {
    this.lastUsedAt = at;
  }
}
