package org.agora.communities.entity;

/** ACTIVE members belong; REQUESTED wait for approval; INVITED wait for their own answer. */
public enum MembershipState {
  ACTIVE,
  REQUESTED,
  INVITED
}
