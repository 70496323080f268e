package org.agora.ui.surveys;

import java.time.Instant;
import java.util.Locale;
import org.agora.surveys.entity.Question;
import org.agora.surveys.entity.SurveyState;
import org.agora.ui.layout.EventTimes;
import org.agora.ui.layout.Texts;
import org.agora.ui.layout.Times;

/** Wording the survey views share: a scale's points, when a survey opens or closes (the company's time zone). */
final class SurveyTexts {

  private SurveyTexts() {}

  /** "1 – Not at all", "3", "5 – Completely": a scale's end points carry its labels. */
  static String point(int point, Question question) {
    String end = point == 1 ? question.lowLabel() : point == 5 ? question.highLabel() : null;
    return end == null || end.isBlank() ? String.valueOf(point) : point + " – " + end;
  }

  /** "Open until Tue, 15 Dec 2026, 10:00", "Opens …" or "Closed …". */
  static String when(SurveyState state, Instant opensAt, Instant closesAt, Locale locale) {
    return switch (state) {
      case UPCOMING -> Texts.t("surveys.opensAt", EventTimes.start(opensAt, Times.zone(), locale));
      case OPEN -> Texts.t("surveys.openUntil", EventTimes.start(closesAt, Times.zone(), locale));
      case CLOSED -> Texts.t("surveys.closedAt", EventTimes.start(closesAt, Times.zone(), locale));
    };
  }
}
