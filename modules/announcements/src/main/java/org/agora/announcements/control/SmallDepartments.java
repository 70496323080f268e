package org.agora.announcements.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agora.announcements.entity.DepartmentReach;

/**
 * The reach per department without pointing at a few people: a department with fewer than
 * {@code minimum} people in the audience is merged into one "other" group (with the people
 * without a department), and while "other" itself is smaller than the minimum, the smallest shown
 * department joins it too, as insights and surveys do. Largest first, "other" last.
 */
public final class SmallDepartments {

  public static final int MINIMUM = 5;

  private SmallDepartments() {}

  /** {@code departments}: one row per department (name null: no department). */
  public static List<DepartmentReach> merge(List<DepartmentReach> departments, int minimum) {
    List<DepartmentReach> shown = new ArrayList<>();
    DepartmentReach other = new DepartmentReach(DepartmentReach.OTHER, 0, 0, 0);
    for (DepartmentReach d : departments) {
      if (d.department() != null && d.audience() >= minimum) {
        shown.add(d);
      } else {
        other = other.plus(d);
      }
    }
    shown.sort(Comparator.comparingLong(DepartmentReach::audience).reversed().thenComparing(DepartmentReach::department));
    while (other.audience() > 0 && other.audience() < minimum && !shown.isEmpty()) {
      other = other.plus(shown.remove(shown.size() - 1)); // the smallest shown department joins "other"
    }
    if (other.audience() > 0) {
      shown.add(other);
    }
    return shown;
  }
}
