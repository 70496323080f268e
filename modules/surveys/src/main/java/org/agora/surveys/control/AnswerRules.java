package org.agora.surveys.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.agora.platform.entity.Refusal;
import org.agora.surveys.entity.Answer;
import org.agora.surveys.entity.Question;

/**
 * The checks of a response against the survey's questions: every scale and choice question is
 * answered (a breakdown then counts the same people for each question), free text is optional.
 */
public final class AnswerRules {

  public static final int MAX_TEXT = 5000;

  /** An answer as received: the question's number and one of the three kinds of value. */
  public record Given(Integer question, Integer scale, List<Integer> choices, String text) {}

  private AnswerRules() {}

  public static List<Answer> checked(List<Question> questions, List<Given> given) {
    Map<Integer, Given> byNumber = new HashMap<>();
    for (Given g : given == null ? List.<Given>of() : given) {
      if (g == null || g.question() == null || g.question() < 1 || g.question() > questions.size()) {
        throw Refusal.invalid("answers", "each answer names a question from 1 to " + questions.size());
      }
      if (byNumber.put(g.question(), g) != null) {
        throw Refusal.invalid("answers", "question " + g.question() + " is answered twice");
      }
    }
    List<Answer> answers = new ArrayList<>();
    for (Question q : questions) {
      Answer answer = answer(q, byNumber.get(q.number()));
      if (answer != null) {
        answers.add(answer);
      }
    }
    return List.copyOf(answers);
  }

  private static Answer answer(Question q, Given g) {
    String field = "answers[" + q.number() + "]";
    switch (q.kind()) {
      case SCALE -> {
        if (g == null || g.scale() == null) {
          throw Refusal.invalid(field, "question " + q.number() + " needs an answer from 1 to 5");
        }
        if (g.scale() < 1 || g.scale() > 5) {
          throw Refusal.invalid(field, "a scale answer is from 1 to 5");
        }
        return new Answer(q.number(), g.scale(), null, null);
      }
      case CHOICE -> {
        List<Integer> given = g == null || g.choices() == null ? List.of() : g.choices();
        if (given.stream().anyMatch(java.util.Objects::isNull)) {
          throw Refusal.invalid(field, "choose options from 1 to " + q.options().size());
        }
        TreeSet<Integer> chosen = new TreeSet<>(given);
        if (chosen.isEmpty()) {
          throw Refusal.invalid(field, "question " + q.number() + " needs a choice");
        }
        if (chosen.first() < 1 || chosen.last() > q.options().size()) {
          throw Refusal.invalid(field, "choose options from 1 to " + q.options().size());
        }
        if (!q.multiple() && chosen.size() > 1) {
          throw Refusal.invalid(field, "question " + q.number() + " takes one choice");
        }
        return new Answer(q.number(), null, List.copyOf(chosen), null);
      }
      default -> {
        String text = g == null || g.text() == null ? "" : g.text().strip();
        if (text.length() > MAX_TEXT) {
          throw Refusal.invalid(field, "at most " + MAX_TEXT + " characters");
        }
        return text.isEmpty() ? null : new Answer(q.number(), null, null, text);
      }
    }
  }
}
