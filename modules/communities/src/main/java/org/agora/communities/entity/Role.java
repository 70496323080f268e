package org.agora.communities.entity;

/** A member's role: owners manage settings and roles, moderators manage members and content. */
public enum Role {
  OWNER,
  MODERATOR,
  MEMBER;

  public boolean canModerate() {
    return this == OWNER || this == MODERATOR;
  }
}
