package org.agora.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.agora.platform.entity.Refusal;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {

  static final List<org.agora.surveys.entity.Question> QUESTIONS =
      List.of(ResultSheetTest.SCALE, new org.agora.surveys.entity.Question(2, ResultSheetTest.CHOICE.kind(),
          "One place", List.of("Office", "Home"), false, null, null), ResultSheetTest.TEXT);

  static AnswerRules.Given scale(int value) {
    return new AnswerRules.Given(1, value, null, null);
  }

  static AnswerRules.Given choice(Integer... options) {
    return new AnswerRules.Given(2, null, Arrays.asList(options), null);
  }

  @Test
  void scaleAndChoiceAreRequiredTextIsNot() {
    assertThat(AnswerRules.checked(QUESTIONS, List.of(scale(3), choice(2)))).hasSize(2);
    assertThatThrownBy(() -> AnswerRules.checked(QUESTIONS, List.of(scale(3)))).isInstanceOf(Refusal.class)
        .hasMessageContaining("question 2 needs a choice");
  }

  @Test
  void valuesOutsideTheQuestionAreRefused() {
    assertThatThrownBy(() -> AnswerRules.checked(QUESTIONS, List.of(scale(6), choice(1)))).hasMessageContaining("from 1 to 5");
    assertThatThrownBy(() -> AnswerRules.checked(QUESTIONS, List.of(scale(3), choice(3)))).hasMessageContaining("from 1 to 2");
    assertThatThrownBy(() -> AnswerRules.checked(QUESTIONS, List.of(scale(3), choice(1, 2)))).hasMessageContaining("one choice");
    assertThatThrownBy(() -> AnswerRules.checked(QUESTIONS, List.of(scale(3), choice((Integer) null)))).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> AnswerRules.checked(QUESTIONS, List.of(scale(3), choice(1), new AnswerRules.Given(9, 1, null, null))))
        .hasMessageContaining("from 1 to 3");
  }
}
