package org.agora.onboarding.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.agora.onboarding.entity.Step;
import org.junit.jupiter.api.Test;

class StepRulesTest {

  static Progress fresh() {
    return new Progress(7, false, 0, 0, 10, 0, List.of(21L, 22L), Set.of(), 9L, false, false);
  }

  static Step step(List<Step> steps, String key) {
    return steps.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void aFreshNewcomerHasEveryStepOpenWithAPlaceToDoIt() {
    List<Step> steps = StepRules.steps(fresh());
    assertThat(steps).extracting(Step::key).containsExactly("profile", "colleagues", "communities", "buddy", "first-post");
    assertThat(steps).noneMatch(Step::done);
    assertThat(steps).extracting(Step::href).containsExactly("people/7", "people", "communities/21", "people/9", "");
  }

  @Test
  void theProfileNeedsAPhotoSkillsAndLanguages() {
    assertThat(step(StepRules.steps(new Progress(7, true, 2, 0, 10, 0, List.of(), Set.of(), null, false, false)), "profile").done())
        .isFalse();
    assertThat(step(StepRules.steps(new Progress(7, true, 2, 1, 10, 0, List.of(), Set.of(), null, false, false)), "profile").done())
        .isTrue();
  }

  @Test
  void threeColleaguesOrAllOfASmallDepartment() {
    assertThat(step(StepRules.steps(new Progress(7, false, 0, 0, 10, 2, List.of(), Set.of(), null, false, false)), "colleagues")
        .done()).isFalse();
    assertThat(step(StepRules.steps(new Progress(7, false, 0, 0, 10, 3, List.of(), Set.of(), null, false, false)), "colleagues")
        .done()).isTrue();
    assertThat(step(StepRules.steps(new Progress(7, false, 0, 0, 2, 2, List.of(), Set.of(), null, false, false)), "colleagues")
        .done()).isTrue();
    assertThat(step(StepRules.steps(new Progress(7, false, 0, 0, 0, 0, List.of(), Set.of(), null, false, false)), "colleagues")
        .done()).as("alone in the department").isTrue();
  }

  @Test
  void theCommunitiesStepLeadsToTheNextOneToJoinAndIsDoneWhenAllAre() {
    Step half = step(StepRules.steps(new Progress(7, false, 0, 0, 1, 0, List.of(21L, 22L), Set.of(21L), null, false, false)),
        "communities");
    assertThat(half.done()).isFalse();
    assertThat(half.href()).isEqualTo("communities/22");
    Step all = step(StepRules.steps(new Progress(7, false, 0, 0, 1, 0, List.of(21L, 22L), Set.of(21L, 22L, 30L), null, false,
        false)), "communities");
    assertThat(all.done()).isTrue();
    assertThat(all.href()).isEqualTo("communities/21");
  }

  @Test
  void withoutCommunitiesToJoinOrABuddyThoseStepsAreLeftOut() {
    List<Step> steps = StepRules.steps(new Progress(7, false, 0, 0, 1, 0, List.of(), Set.of(), null, false, false));
    assertThat(steps).extracting(Step::key).containsExactly("profile", "colleagues", "first-post");
  }

  @Test
  void followingTheBuddyAndAFirstPostTickTheirSteps() {
    List<Step> steps = StepRules.steps(new Progress(7, false, 0, 0, 1, 0, List.of(), Set.of(), 9L, true, true));
    assertThat(step(steps, "buddy").done()).isTrue();
    assertThat(step(steps, "first-post").done()).isTrue();
  }
}
