package org.agora.governance.entity;

import java.time.Instant;
import java.util.List;

/** A case in the moderation queue, with its reports' reasons and notes. */
public record ModerationCase(
    long id,
    TargetType targetType,
    long targetId,
    Long communityId,
    long authorId,
    CaseStatus status,
    int reportCount,
    List<String> reasons,
    Instant openedAt,
    Instant decidedAt,
    String decisionNote) {}
