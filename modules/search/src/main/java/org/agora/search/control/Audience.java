package org.agora.search.control;

import java.util.Set;

/**
 * Who is searching, as far as visibility goes: the person, and the communities whose content they
 * may read (from {@code CommunityAccess.readableCommunityIds}: public ones, their own, all for admins).
 */
public record Audience(long personId, Set<Long> communityIds) {}
