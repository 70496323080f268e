package org.agora.communities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's relation to a community: their role, and whether they belong, asked, or were invited. */
@Entity
@Table(name = "membership")
public class Membership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "community_id", nullable = false)
  private long communityId;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Role role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private MembershipState state;

  @Column(name = "invited_by")
  private Long invitedBy;

  @Column(name = "guidelines_accepted_at")
  private Instant guidelinesAcceptedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Membership() {}

  public Membership(long communityId, long personId, Role role, MembershipState state, Instant createdAt) {
    this.communityId = communityId;
    this.personId = personId;
    this.role = role;
    this.state = state;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public long getCommunityId() { return communityId; }
  public long getPersonId() { return personId; }
  public Role getRole() { return role; }
  public void setRole(Role role) { this.role = role; }
  public MembershipState getState() { return state; }
  public void setState(MembershipState state) { this.state = state; }
  public Long getInvitedBy() { return invitedBy; }
  public void setInvitedBy(Long invitedBy) { this.invitedBy = invitedBy; }
  public Instant getGuidelinesAcceptedAt() { return guidelinesAcceptedAt; }
  public void acceptGuidelines(Instant at) { this.guidelinesAcceptedAt = at; }
  public Instant getCreatedAt() { return createdAt; }
  public boolean isActive() { return state == MembershipState.ACTIVE; }
}
