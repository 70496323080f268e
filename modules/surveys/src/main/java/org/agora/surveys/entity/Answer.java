package org.agora.surveys.entity;

import java.util.List;

/**
 * The answer to one question: {@code scale} (1-5) for a scale, {@code choices} (option numbers
 * from 1) for a choice, {@code text} for free text.
 */
public record Answer(int question, Integer scale, List<Integer> choices, String text) {}
