package org.agora.surveys.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.agora.surveys.boundary.SurveysPersonalData.AnswerRow;
import org.agora.surveys.boundary.SurveysPersonalData.GivenAnswer;
import org.agora.surveys.boundary.SurveysPersonalData.NamedResponse;
import org.junit.jupiter.api.Test;

class SurveysPersonalDataTest {

  static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

  static AnswerRow row(long survey, GivenAnswer answer) {
    return new AnswerRow(survey, "Survey " + survey, MONDAY, answer);
  }

  @Test
  void answerRowsBecomeOneResponsePerSurveyWithEveryChoice() {
    GivenAnswer scale = new GivenAnswer(1, "How well informed?", 4, null, null);
    GivenAnswer office = new GivenAnswer(2, "Where?", null, "Office", null);
    GivenAnswer home = new GivenAnswer(2, "Where?", null, "Home", null);
    GivenAnswer text = new GivenAnswer(1, "What to change?", null, null, "More coffee");

    List<NamedResponse> responses =
        SurveysPersonalData.responses(List.of(row(3, scale), row(3, office), row(3, home), row(8, text)));

    assertThat(responses).containsExactly(
        new NamedResponse(3, "Survey 3", MONDAY, List.of(scale, office, home)),
        new NamedResponse(8, "Survey 8", MONDAY, List.of(text)));
  }

  @Test
  void noAnswersNoResponses() {
    assertThat(SurveysPersonalData.responses(List.of())).isEmpty();
  }
}
