package org.agora.surveys.control;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.agora.platform.entity.Refusal;
import org.agora.surveys.entity.AudienceKind;
import org.agora.surveys.entity.Question;
import org.agora.surveys.entity.QuestionKind;

/**
 * The input checks of a new survey, as plain values: what a form or a client may send, and what
 * each refusal says. Whether the person may ask that audience is {@link SurveyAccess}'s question.
 */
public final class SurveyRules {

  public static final int MAX_QUESTIONS = 50;
  public static final int MIN_OPTIONS = 2;
  public static final int MAX_OPTIONS = 10;
  /** A survey runs for at most a year. */
  public static final Duration MAX_DURATION = Duration.ofDays(366);

  /** The fields of a new survey as received. */
  public record Fields(String title, String intro, List<QuestionFields> questions, String audience, List<Long> departmentIds,
      Long communityId, String opensAt, String closesAt, Boolean anonymous) {}

  public record QuestionFields(String kind, String text, List<String> options, Boolean multiple, String lowLabel,
      String highLabel) {}

  private SurveyRules() {}

  public static SurveyDraft draft(Fields f, Instant now) {
    String title = required("title", f.title());
    List<Question> questions = questions(f.questions());
    AudienceKind audience = audience(f.audience());
    List<Long> departments = List.of();
    Long community = null;
    switch (audience) {
      case DEPARTMENTS -> {
        if (f.departmentIds() == null || f.departmentIds().isEmpty()) {
          throw Refusal.invalid("audience.departmentIds", "name at least one department");
        }
        departments = List.copyOf(new LinkedHashSet<>(f.departmentIds()));
      }
      case COMMUNITY -> {
        if (f.communityId() == null) {
          throw Refusal.invalid("audience.communityId", "name the community whose members are asked");
        }
        community = f.communityId();
      }
      case EVERYONE -> { }
    }
    Instant opens = f.opensAt() == null || f.opensAt().isBlank() ? now : instant("opensAt", f.opensAt());
    Instant closes = instant("closesAt", required("closesAt", f.closesAt()));
    if (!closes.isAfter(opens)) {
      throw Refusal.invalid("closesAt", "must be after opensAt");
    }
    if (!closes.isAfter(now)) {
      throw Refusal.invalid("closesAt", "must be in the future");
    }
    if (Duration.between(opens, closes).compareTo(MAX_DURATION) > 0) {
      throw Refusal.invalid("closesAt", "at most 366 days after opensAt");
    }
    if (opens.isBefore(now)) {
      opens = now; // a survey opened "yesterday" opens now: nobody was asked before
    }
    String intro = f.intro() == null || f.intro().isBlank() ? null : f.intro().strip();
    boolean anonymous = f.anonymous() == null || f.anonymous();
    return new SurveyDraft(title, intro, audience, departments, community, anonymous, opens, closes, questions);
  }

  static List<Question> questions(List<QuestionFields> fields) {
    if (fields == null || fields.isEmpty()) {
      throw Refusal.invalid("questions", "ask at least one question");
    }
    if (fields.size() > MAX_QUESTIONS) {
      throw Refusal.invalid("questions", "at most " + MAX_QUESTIONS + " questions");
    }
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      questions.add(question(i + 1, fields.get(i)));
    }
    return List.copyOf(questions);
  }

  private static Question question(int number, QuestionFields q) {
    String at = "questions[" + (number - 1) + "]";
    if (q == null) {
      throw Refusal.invalid(at, "is empty");
    }
    QuestionKind kind = kind(at + ".kind", q.kind());
    String text = required(at + ".text", q.text());
    return switch (kind) {
      case SCALE -> new Question(number, kind, text, List.of(), false, label(q.lowLabel()), label(q.highLabel()));
      case TEXT -> new Question(number, kind, text, List.of(), false, null, null);
      case CHOICE -> new Question(number, kind, text, options(at + ".options", q.options()),
          Boolean.TRUE.equals(q.multiple()), null, null);
    };
  }

  private static List<String> options(String field, List<String> given) {
    List<String> options = given == null ? List.of() : given.stream()
        .map(o -> o == null ? "" : o.strip()).filter(o -> !o.isEmpty()).toList();
    if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
      throw Refusal.invalid(field, "give " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options");
    }
    Set<String> seen = new HashSet<>();
    for (String option : options) {
      if (!seen.add(option.toLowerCase(Locale.ROOT))) {
        throw Refusal.invalid(field, "\"" + option + "\" is given twice");
      }
    }
    return options;
  }

  private static QuestionKind kind(String field, String value) {
    try {
      return QuestionKind.valueOf(required(field, value).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid(field, "must be SCALE, CHOICE or TEXT");
    }
  }

  private static AudienceKind audience(String value) {
    try {
      return AudienceKind.valueOf(required("audience.kind", value).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("audience.kind", "must be EVERYONE, DEPARTMENTS or COMMUNITY");
    }
  }

  static Instant instant(String field, String value) {
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeException e) {
      throw Refusal.invalid(field, "must be ISO 8601 with an offset, e.g. 2026-12-24T17:00:00+01:00");
    }
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "is required");
    }
    return value.strip();
  }

  private static String label(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
