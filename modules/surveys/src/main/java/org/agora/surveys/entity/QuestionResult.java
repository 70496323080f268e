package org.agora.surveys.entity;

import java.util.List;

/**
 * The results of one question: the distribution (scale points 1-5 or options), mean and median of a
 * scale, free texts without author in random order, and the breakdown by department (empty where
 * the groups would be too small, and always for free text).
 */
public record QuestionResult(int number, QuestionKind kind, String text, List<OptionCount> distribution, Double mean,
    Double median, List<String> texts, List<GroupResult> byDepartment) {}
