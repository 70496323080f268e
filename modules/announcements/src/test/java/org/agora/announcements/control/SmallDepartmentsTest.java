package org.agora.announcements.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.announcements.entity.DepartmentReach;
import org.junit.jupiter.api.Test;

class SmallDepartmentsTest {

  @Test
  void departmentsUnderFiveJoinOtherWithThoseWithoutADepartment() {
    List<DepartmentReach> merged = SmallDepartments.merge(List.of(
        new DepartmentReach("Sales", 12, 10, 8), new DepartmentReach("Legal", 3, 3, 1),
        new DepartmentReach(null, 2, 1, 0), new DepartmentReach("IT", 7, 2, 2)), 5);
    assertThat(merged).containsExactly(new DepartmentReach("Sales", 12, 10, 8), new DepartmentReach("IT", 7, 2, 2),
        new DepartmentReach("other", 5, 4, 1));
  }

  @Test
  void anOtherGroupUnderFiveTakesInTheSmallestShownDepartment() {
    List<DepartmentReach> merged = SmallDepartments.merge(List.of(
        new DepartmentReach("Sales", 12, 0, 0), new DepartmentReach("IT", 6, 6, 6), new DepartmentReach("Legal", 1, 1, 1)), 5);
    assertThat(merged).containsExactly(new DepartmentReach("Sales", 12, 0, 0), new DepartmentReach("other", 7, 7, 7));
  }

  @Test
  void aSmallAudienceIsOneOtherGroupAndNoAudienceNone() {
    assertThat(SmallDepartments.merge(List.of(new DepartmentReach("IT", 1, 1, 1), new DepartmentReach("Legal", 1, 0, 0)), 5))
        .containsExactly(new DepartmentReach("other", 2, 1, 1));
    assertThat(SmallDepartments.merge(List.of(), 5)).isEmpty();
  }
}
