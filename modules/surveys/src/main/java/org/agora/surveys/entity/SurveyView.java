package org.agora.surveys.entity;

import java.time.Instant;
import java.util.List;

/**
 * A survey as a reader sees it. {@code asked}: it asks the reader (an owner may not be asked);
 * {@code answered}: the reader has answered. {@code myAnswers}: the
 * reader's own answers, for named surveys only (an anonymous survey cannot give them back).
 * {@code owned}: the reader may read its results; {@code responses} is counted for them only.
 */
public record SurveyView(long id, String title, String intro, NamedRef owner, SurveyAudience audience,
    List<Question> questions, Instant opensAt, Instant closesAt, SurveyState state, boolean anonymous,
    boolean asked, boolean answered, List<Answer> myAnswers, boolean owned, Long responses) {}
