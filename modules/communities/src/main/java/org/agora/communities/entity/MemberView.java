package org.agora.communities.entity;

import java.time.Instant;

/** A member, requester or invitee of a community. */
public record MemberView(
    long personId, String username, String displayName, String department, Role role, MembershipState state, Instant since) {}
