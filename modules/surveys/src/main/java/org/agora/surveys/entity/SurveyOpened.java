package org.agora.surveys.entity;

import java.util.List;

/** A survey opened: its audience is to be invited. Fired in the transaction that marks it invited. */
public record SurveyOpened(long surveyId, String title, long ownerId, List<Long> invited) {}
