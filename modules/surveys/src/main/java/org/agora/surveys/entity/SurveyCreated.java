package org.agora.surveys.entity;

/** A survey was created; after the commit, one that opens at once invites its audience. */
public record SurveyCreated(long surveyId) {}
