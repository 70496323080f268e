package org.agora.surveys.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.surveys.entity.Answer;
import org.agora.surveys.entity.GroupResult;
import org.agora.surveys.entity.OptionCount;
import org.agora.surveys.entity.Question;
import org.agora.surveys.entity.QuestionKind;
import org.agora.surveys.entity.QuestionResult;

/**
 * Counts a survey's responses per question: distributions, mean and median of scales, free texts
 * in random order, and breakdowns by the groups {@link DepartmentGroups} allows. Plain values in,
 * plain values out, so the anonymity rules are tested without a database.
 */
public final class ResultSheet {

  private final List<Question> questions;
  private final List<StoredResponse> responses;
  private final Optional<Map<Long, Long>> groups;
  private final Map<Long, String> departmentNames;
  private final Random random;

  public ResultSheet(List<Question> questions, List<StoredResponse> responses, Map<Long, String> departmentNames,
      int minimum, Random random) {
    this.questions = questions;
    this.responses = responses;
    this.departmentNames = departmentNames;
    this.random = random;
    Map<Long, Long> sizes = new HashMap<>();
    responses.forEach(r -> sizes.merge(r.departmentId(), 1L, Long::sum));
    this.groups = DepartmentGroups.of(sizes, minimum);
  }

  public List<QuestionResult> questions() {
    return questions.stream().map(this::result).toList();
  }

  private QuestionResult result(Question q) {
    List<Answer> answers = answersTo(q, responses);
    if (q.kind() == QuestionKind.TEXT) {
      List<String> texts = new ArrayList<>(answers.stream().map(Answer::text).toList());
      Collections.shuffle(texts, random); // never in the order of answering
      return new QuestionResult(q.number(), q.kind(), q.text(), List.of(), null, null, List.copyOf(texts), List.of());
    }
    List<Integer> scale = scaleValues(answers);
    return new QuestionResult(q.number(), q.kind(), q.text(), distribution(q, answers), mean(scale), median(scale),
        List.of(), breakdown(q));
  }

  private List<GroupResult> breakdown(Question q) {
    if (groups.isEmpty()) {
      return List.of();
    }
    Map<Long, List<StoredResponse>> byGroup = responses.stream()
        .collect(Collectors.groupingBy(r -> groups.get().get(r.departmentId()), LinkedHashMap::new, Collectors.toList()));
    Map<Long, Long> sizes = byGroup.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
    return sizes.entrySet().stream().sorted(DepartmentGroups.order()).map(e -> {
      List<Answer> answers = answersTo(q, byGroup.get(e.getKey()));
      boolean other = e.getKey() == DepartmentGroups.OTHER;
      String name = other ? null : departmentNames.getOrDefault(e.getKey(), "#" + e.getKey());
      return new GroupResult(name, other, e.getValue(), distribution(q, answers), mean(scaleValues(answers)));
    }).toList();
  }

  private static List<Answer> answersTo(Question q, List<StoredResponse> responses) {
    return responses.stream().flatMap(r -> r.answers().stream()).filter(a -> a.question() == q.number()).toList();
  }

  private static List<OptionCount> distribution(Question q, List<Answer> answers) {
    if (q.kind() == QuestionKind.SCALE) {
      Map<Integer, Long> counts = answers.stream().collect(Collectors.groupingBy(Answer::scale, Collectors.counting()));
      List<OptionCount> points = new ArrayList<>();
      for (int point = 1; point <= 5; point++) {
        points.add(new OptionCount(String.valueOf(point), counts.getOrDefault(point, 0L)));
      }
      return points;
    }
    Map<Integer, Long> counts = answers.stream().flatMap(a -> a.choices().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    List<OptionCount> options = new ArrayList<>();
    for (int i = 0; i < q.options().size(); i++) {
      options.add(new OptionCount(q.options().get(i), counts.getOrDefault(i + 1, 0L)));
    }
    return options;
  }

  private static List<Integer> scaleValues(List<Answer> answers) {
    return answers.stream().map(Answer::scale).filter(java.util.Objects::nonNull).sorted().toList();
  }

  static Double mean(List<Integer> values) {
    return values.isEmpty() ? null : round(values.stream().mapToInt(Integer::intValue).average().orElseThrow());
  }

  /** The middle value of the sorted values, or the mean of the two middle ones. */
  static Double median(List<Integer> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
