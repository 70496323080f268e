package org.agora.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.agora.surveys.entity.Answer;
import org.agora.surveys.entity.GroupResult;
import org.agora.surveys.entity.OptionCount;
import org.agora.surveys.entity.Question;
import org.agora.surveys.entity.QuestionKind;
import org.agora.surveys.entity.QuestionResult;
import org.junit.jupiter.api.Test;

class ResultSheetTest {

  static final Question SCALE = new Question(1, QuestionKind.SCALE, "How do you like working here?", List.of(), false, "Not at all", "Very much");
  static final Question CHOICE = new Question(2, QuestionKind.CHOICE, "Where do you work?", List.of("Office", "Home"), true, null, null);
  static final Question TEXT = new Question(3, QuestionKind.TEXT, "What should change?", List.of(), false, null, null);
  static final Map<Long, String> NAMES = Map.of(10L, "Engineering", 20L, "Sales", 30L, "Legal");

  static StoredResponse response(Long department, int scale, List<Integer> choices, String text) {
    List<Answer> answers = new ArrayList<>(List.of(new Answer(1, scale, null, null), new Answer(2, null, choices, null)));
    if (text != null) answers.add(new Answer(3, null, null, text));
    return new StoredResponse(department, answers);
  }

  static List<QuestionResult> sheet(List<StoredResponse> responses) {
    return new ResultSheet(List.of(SCALE, CHOICE, TEXT), responses, NAMES, 5, new Random(7)).questions();
  }

  @Test
  void aScaleHasItsDistributionMeanAndMedian() {
    List<StoredResponse> responses = List.of(response(10L, 1, List.of(1), null), response(10L, 2, List.of(1), null),
        response(10L, 4, List.of(2), null), response(10L, 5, List.of(1, 2), null), response(10L, 5, List.of(2), null),
        response(10L, 5, List.of(1), null));

    QuestionResult scale = sheet(responses).get(0);
    QuestionResult choice = sheet(responses).get(1);

    assertThat(scale.distribution()).extracting(OptionCount::count).containsExactly(1L, 1L, 0L, 1L, 3L);
    assertThat(scale.mean()).isEqualTo(3.67);
    assertThat(scale.median()).isEqualTo(4.5);
    assertThat(choice.distribution()).containsExactly(new OptionCount("Office", 4), new OptionCount("Home", 3));
  }

  @Test
  void aDepartmentOfFourIsNeverShownButCountedInOtherWithTheNextSmallest() {
    List<StoredResponse> responses = new ArrayList<>();
    for (int i = 0; i < 7; i++) responses.add(response(10L, 4, List.of(1), null));
    for (int i = 0; i < 5; i++) responses.add(response(20L, 2, List.of(2), null));
    for (int i = 0; i < 4; i++) responses.add(response(30L, 1, List.of(2), null));

    List<GroupResult> groups = sheet(responses).get(0).byDepartment();

    assertThat(groups).extracting(GroupResult::department).containsExactly("Engineering", null);
    assertThat(groups).extracting(GroupResult::responses).containsExactly(7L, 9L);
    assertThat(groups.get(1).other()).isTrue();
    assertThat(groups.get(1).mean()).isEqualTo(1.56);
  }

  @Test
  void freeTextsHaveNoBreakdownAndDoNotKeepTheOrderOfAnswering() {
    List<StoredResponse> responses = new ArrayList<>();
    for (int i = 0; i < 12; i++) responses.add(response(i < 6 ? 10L : 20L, 3, List.of(1), "text " + i));

    QuestionResult texts = sheet(responses).get(2);

    assertThat(texts.texts()).hasSize(12).containsExactlyInAnyOrderElementsOf(responses.stream()
        .map(r -> r.answers().get(2).text()).toList());
    assertThat(texts.texts()).isNotEqualTo(responses.stream().map(r -> r.answers().get(2).text()).toList());
    assertThat(texts.byDepartment()).isEmpty();
    assertThat(sheet(responses).get(0).byDepartment()).hasSize(2);
  }
}
