package org.agora.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DepartmentGroupsTest {

  static final int MINIMUM = 5;

  /** Respondents per department: departments 1, 2, 3 and people without one (key null). */
  static Map<Long, Long> sizes(long first, long second, long third, long none) {
    Map<Long, Long> sizes = new HashMap<>();
    if (first > 0) sizes.put(1L, first);
    if (second > 0) sizes.put(2L, second);
    if (third > 0) sizes.put(3L, third);
    if (none > 0) sizes.put(null, none);
    return sizes;
  }

  /** The respondents of each shown group (department id or OTHER). */
  static Map<Long, Long> groupSizes(Map<Long, Long> sizes, Map<Long, Long> grouping) {
    Map<Long, Long> groups = new HashMap<>();
    sizes.forEach((department, n) -> groups.merge(grouping.get(department), n, Long::sum));
    return groups;
  }

  @Test
  void noGroupOfOneToFourIsShownNorLeftOverForEveryCombinationOfSizesOneToSix() {
    int checked = 0;
    for (long a = 0; a <= 6; a++) for (long b = 0; b <= 6; b++) for (long c = 0; c <= 6; c++) for (long n = 0; n <= 6; n++) {
      Map<Long, Long> sizes = sizes(a, b, c, n);
      Optional<Map<Long, Long>> grouping = DepartmentGroups.of(sizes, MINIMUM);
      if (grouping.isEmpty()) {
        continue;
      }
      checked++;
      Map<Long, Long> groups = groupSizes(sizes, grouping.get());
      assertThat(groups.values()).as("groups of %s", sizes).allMatch(size -> size >= MINIMUM);
      assertThat(groups).as("groups of %s", sizes).hasSizeGreaterThanOrEqualTo(2);
      // The total is shown too: whatever a reader can work out by subtracting shown groups from it,
      // or one from another, is a union of whole groups, so never fewer than the minimum people.
      List<Long> values = new ArrayList<>(groups.values());
      for (int subset = 1; subset < (1 << values.size()); subset++) {
        long sum = 0;
        for (int i = 0; i < values.size(); i++) {
          if ((subset & (1 << i)) != 0) sum += values.get(i);
        }
        assertThat(sum).as("a union of groups of %s", sizes).isGreaterThanOrEqualTo(MINIMUM);
      }
      grouping.get().forEach((department, group) -> {
        if (department == null || sizes.get(department) < MINIMUM) {
          assertThat(group).as("department %s of %s", department, sizes).isEqualTo(DepartmentGroups.OTHER);
        }
      });
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void aSmallRestTakesTheSmallestShownDepartmentWithIt() {
    Map<Long, Long> grouping = DepartmentGroups.of(sizes(6, 5, 3, 0), MINIMUM).orElseThrow();

    assertThat(grouping).containsEntry(1L, 1L).containsEntry(2L, DepartmentGroups.OTHER).containsEntry(3L, DepartmentGroups.OTHER);
  }

  @Test
  void nothingIsShownApartWhenOnlyOneGroupWouldRemain() {
    assertThat(DepartmentGroups.of(sizes(6, 4, 0, 0), MINIMUM)).isEmpty();
    assertThat(DepartmentGroups.of(sizes(4, 4, 4, 4), MINIMUM)).isEmpty();
    assertThat(DepartmentGroups.of(sizes(9, 0, 0, 0), MINIMUM)).isEmpty();
  }

  @Test
  void departmentsOfFiveOrMoreAreShownApartAndTheRestAsOther() {
    Map<Long, Long> grouping = DepartmentGroups.of(sizes(5, 5, 2, 3), MINIMUM).orElseThrow();

    assertThat(grouping).containsEntry(1L, 1L).containsEntry(2L, 2L).containsEntry(3L, DepartmentGroups.OTHER)
        .containsEntry(null, DepartmentGroups.OTHER);
  }
}
