package org.agora.surveys.entity;

import java.util.List;

/**
 * A question's answers in one department ({@code department} its name), or in all the smaller
 * departments merged ({@code other}, {@code department} null). Never fewer than the minimum group.
 */
public record GroupResult(String department, boolean other, long responses, List<OptionCount> distribution, Double mean) {}
