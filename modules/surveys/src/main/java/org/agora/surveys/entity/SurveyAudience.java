package org.agora.surveys.entity;

import java.util.List;

/** The audience: {@code departments} for DEPARTMENTS, {@code community} for COMMUNITY, else empty and null. */
public record SurveyAudience(AudienceKind kind, List<NamedRef> departments, NamedRef community) {}
