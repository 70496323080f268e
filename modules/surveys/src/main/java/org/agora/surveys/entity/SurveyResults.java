package org.agora.surveys.entity;

import java.util.List;

/**
 * What a survey's owners see: how many of the audience answered and, once at least
 * {@code minimumGroup} have, the results per question ({@code hidden} and no questions before).
 */
public record SurveyResults(long surveyId, String title, boolean anonymous, SurveyState state, long audience,
    long responses, int minimumGroup, boolean hidden, List<QuestionResult> questions) {}
