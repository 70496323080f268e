package org.agora.communities.entity;

import java.time.Instant;
import java.util.List;

/**
 * A community as one viewer sees it, with their own role and state in it (null when none), and
 * how many members they can list ({@code memberCount}; null when they may not see who is in it).
 */
public record CommunityView(
    long id,
    String name,
    String description,
    Visibility visibility,
    String guidelines,
    String category,
    List<String> tags,
    Long memberCount,
    Role myRole,
    MembershipState myState,
    Instant createdAt) {}
