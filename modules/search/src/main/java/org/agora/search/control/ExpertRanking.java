package org.agora.search.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.agora.search.entity.Expert;
import java.util.List;

/**
 * Scores a person's signals for a topic. Evidence of work counts more than a claim: a declared skill
 * is worth about as much as three tagged posts, and every signal has diminishing returns (log), so
 * one prolific poster does not drown out a colleague whom many endorse. Tagged work fades with age
 * (half weight after about four months without any); a mere mention counts little.
 */
public final class ExpertRanking {

  static final double DECLARED = 1.5;
  static final double ENDORSEMENT = 1.2;
  static final double TAGGED = 1.6;
  static final double ANSWER = 1.4;
  static final double MENTION = 0.3;
  static final double BOOKMARK = 0.5;
  static final double HALF_LIFE_DAYS = 120;

  private ExpertRanking() {}

  public static double score(ExpertSignals s, Instant now) {
    double recency = 1.0;
    if (s.lastTagged() != null) {
      double days = Math.max(0, Duration.between(s.lastTagged(), now).toHours() / 24.0);
      recency = 0.5 + 0.5 * Math.pow(0.5, days / HALF_LIFE_DAYS);
    }
    double score =
        (s.declared() ? DECLARED : 0)
            + ENDORSEMENT * log(s.endorsements())
            + TAGGED * recency * log(s.tagged())
            + ANSWER * log(s.answers())
            + MENTION * log(s.mentions())
            + BOOKMARK * log(s.bookmarks());
    return Math.round(score * 1000) / 1000.0;
  }

  /** The same reasons as data, in the same order. */
  public static List<Expert.Signal> signals(ExpertSignals s) {
    List<Expert.Signal> signals = new ArrayList<>();
    if (s.tagged() > 0) signals.add(new Expert.Signal("tagged", s.tagged()));
    if (s.answers() > 0) signals.add(new Expert.Signal("answers", s.answers()));
    if (s.endorsements() > 0) signals.add(new Expert.Signal("endorsements", s.endorsements()));
    if (s.declared()) signals.add(new Expert.Signal("declared", 1));
    if (s.bookmarks() > 0) signals.add(new Expert.Signal("bookmarks", s.bookmarks()));
    if (s.mentions() > 0) signals.add(new Expert.Signal("mentions", s.mentions()));
    return signals;
  }

  public static List<String> reasons(ExpertSignals s, String topic) {
    List<String> reasons = new ArrayList<>();
    if (s.tagged() > 0) reasons.add(count(s.tagged(), "post", "posts") + " tagged " + topic);
    if (s.answers() > 0) reasons.add("answered " + count(s.answers(), "question", "questions"));
    if (s.endorsements() > 0) reasons.add(count(s.endorsements(), "endorsement", "endorsements"));
    if (s.declared()) reasons.add("lists " + topic + " as a skill");
    if (s.bookmarks() > 0) reasons.add(count(s.bookmarks(), "bookmark", "bookmarks") + " tagged " + topic);
    if (s.mentions() > 0) reasons.add("mentions " + topic + " in " + count(s.mentions(), "post", "posts"));
    return reasons;
  }

  private static double log(long n) {
    return Math.log1p(n) / Math.log(2);
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
