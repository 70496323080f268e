package org.agora.communities.entity;

import java.time.Instant;
import java.util.List;

/** A community as read models outside this module (search) show it, with its active member count. */
public record CommunitySummary(
    long id,
    String name,
    String description,
    Visibility visibility,
    String category,
    Instant createdAt,
    long members,
    List<String> tags) {}
