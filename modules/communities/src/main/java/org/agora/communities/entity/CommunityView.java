package org.agora.communities.entity;

import java.time.Instant;
import java.util.List;

/** A community as one viewer sees it, with their own role and state in it (null when none). */
public record CommunityView(
    long id,
    String name,
    String description,
    Visibility visibility,
    String guidelines,
    String category,
    List<String> tags,
    long memberCount,
    Role myRole,
    MembershipState myState,
    Instant createdAt) {}
