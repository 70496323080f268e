package org.agora.onboarding.control;

import java.util.List;
import java.util.Set;

/**
 * What a newcomer has done so far, as the published views tell it: the facts the steps are made
 * of. {@code colleagues} counts the active colleagues of their department (themselves aside),
 * {@code communitiesToJoin} lists what the admins set for the department, the department's first.
 */
public record Progress(
    long personId,
    boolean hasPhoto,
    long skills,
    long languages,
    long colleagues,
    long colleaguesFollowed,
    List<Long> communitiesToJoin,
    Set<Long> joined,
    Long buddyId,
    boolean followsBuddy,
    boolean posted) {}
