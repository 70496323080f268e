package org.agora.integration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An endpoint that receives the events its owner may see, signed with its own secret. Scoped to
 * one community when {@code communityId} is set, to the whole company otherwise.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(name = "community_id")
  private Long communityId;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(nullable = false, length = 100)
  private String secret;

  @Column(name = "event_types", nullable = false, length = 1000)
  private String eventTypes;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "outbox_cursor", nullable = false)
  private long outboxCursor;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Webhook() {}

  public Webhook(long ownerId, Long communityId, String url, String secret, List<String> eventTypes, long outboxCursor, Instant createdAt) {
    this.ownerId = ownerId;
    this.communityId = communityId;
    this.url = url;
    this.secret = secret;
    this.eventTypes = String.join(",", eventTypes);
    this.outboxCursor = outboxCursor;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public long getOwnerId() { return ownerId; }
  public Long getCommunityId() { return communityId; }
  public String getUrl() { return url; }
  public String getSecret() { return secret; }
  public List<String> getEventTypes() { return Arrays.asList(eventTypes.split(",")); }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
  public Instant getCreatedAt() { return createdAt; }
}
