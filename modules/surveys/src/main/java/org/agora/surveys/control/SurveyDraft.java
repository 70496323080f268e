package org.agora.surveys.control;

import java.time.Instant;
import java.util.List;
import org.agora.surveys.entity.AudienceKind;
import org.agora.surveys.entity.Question;

/** A survey that passed the input checks, ready to be stored. */
public record SurveyDraft(String title, String intro, AudienceKind audience, List<Long> departmentIds, Long communityId,
    boolean anonymous, Instant opensAt, Instant closesAt, List<Question> questions) {}
