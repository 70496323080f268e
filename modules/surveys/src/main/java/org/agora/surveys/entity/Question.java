package org.agora.surveys.entity;

import java.util.List;

/**
 * One question, numbered from 1 in the survey's order. {@code options} and {@code multiple} are a
 * choice's; {@code lowLabel} and {@code highLabel} name a scale's 1 and 5 (either may be null).
 */
public record Question(int number, QuestionKind kind, String text, List<String> options, boolean multiple, String lowLabel,
    String highLabel) {}
