package org.agora.communities.boundary;

/** Joining: whether the person accepts the community's guidelines (required when it has some). */
public class MembershipRequest {
  public boolean acceptGuidelines;
}
