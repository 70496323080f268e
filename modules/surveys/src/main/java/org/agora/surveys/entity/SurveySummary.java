package org.agora.surveys.entity;

import java.time.Instant;

/** A line of the survey list: one the reader is asked, or one they own ({@code responses} for owners only). */
public record SurveySummary(long id, String title, Instant opensAt, Instant closesAt, SurveyState state, boolean anonymous,
    boolean answered, boolean asked, boolean owned, Long responses) {}
