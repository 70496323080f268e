package org.agora.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.agora.platform.entity.Refusal;
import org.agora.surveys.entity.AudienceKind;
import org.junit.jupiter.api.Test;

class SurveyRulesTest {

  static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
  static final SurveyRules.QuestionFields SCALE = new SurveyRules.QuestionFields("scale", "Happy?", null, null, "No", "Yes");

  static SurveyRules.Fields fields(List<SurveyRules.QuestionFields> questions, String opens, String closes) {
    return new SurveyRules.Fields("Pulse", null, questions, "EVERYONE", null, null, opens, closes, null);
  }

  @Test
  void aSurveyIsAnonymousAndOpensNowUnlessToldOtherwise() {
    SurveyDraft draft = SurveyRules.draft(fields(List.of(SCALE), null, "2027-01-17T09:00:00+01:00"), NOW);

    assertThat(draft.anonymous()).isTrue();
    assertThat(draft.opensAt()).isEqualTo(NOW);
    assertThat(draft.audience()).isEqualTo(AudienceKind.EVERYONE);
    assertThat(draft.questions().get(0).lowLabel()).isEqualTo("No");
  }

  @Test
  void badInputIsRefusedWithTheField() {
    assertThatThrownBy(() -> SurveyRules.draft(fields(List.of(SCALE), "2027-01-12T09:00:00Z", "2027-01-11T09:00:00Z"), NOW))
        .isInstanceOf(Refusal.class).hasMessage("closesAt: must be after opensAt");
    assertThatThrownBy(() -> SurveyRules.draft(fields(List.of(), null, "2027-01-17T09:00:00Z"), NOW))
        .hasMessageStartingWith("questions:");
    List<String> eleven = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    assertThatThrownBy(() -> SurveyRules.draft(fields(List.of(new SurveyRules.QuestionFields("CHOICE", "Pick", eleven, false,
        null, null)), null, "2027-01-17T09:00:00Z"), NOW)).hasMessage("questions[0].options: give 2 to 10 options");
    assertThatThrownBy(() -> SurveyRules.draft(fields(List.of(new SurveyRules.QuestionFields("RANK", "?", null, null, null,
        null)), null, "2027-01-17T09:00:00Z"), NOW)).hasMessageStartingWith("questions[0].kind:");
    assertThatThrownBy(() -> SurveyRules.draft(fields(List.of(SCALE), null, "next friday"), NOW)).hasMessageStartingWith("closesAt:");
  }
}
