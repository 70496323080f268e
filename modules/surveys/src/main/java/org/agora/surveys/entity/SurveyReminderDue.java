package org.agora.surveys.entity;

import java.util.List;

/**
 * A survey closes soon: who of its audience has not answered is to be reminded (the module knows
 * who answered, never what). Fired in the transaction that marks the reminder sent.
 */
public record SurveyReminderDue(long surveyId, String title, long ownerId, List<Long> notAnswered) {}
