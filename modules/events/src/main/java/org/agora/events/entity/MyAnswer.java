package org.agora.events.entity;

/** The reader's own answer to an occurrence, and whether their YES waits for a place. */
public record MyAnswer(Answer answer, boolean waitlisted) {}
