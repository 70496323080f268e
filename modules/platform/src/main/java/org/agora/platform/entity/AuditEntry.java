package org.agora.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One admin or moderator action: who did what to which thing, and when. Never updated. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_username", length = 64)
  private String actorUsername;

  @Column(nullable = false, length = 80)
  private String action;

  @Column(name = "target_type", length = 40)
  private String targetType;

  @Column(name = "target_id")
  private Long targetId;

  @Column(length = 2000)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Instant at,
      Long actorId,
      String actorUsername,
      String action,
      String targetType,
      Long targetId,
      String detail) {
    this.at = at;
    this.actorId = actorId;
    this.actorUsername = actorUsername;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorUsername() {
    return actorUsername;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public Long getTargetId() {
    return targetId;
  }

  public String getDetail() {
    return detail;
  }
}
