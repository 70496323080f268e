package org.agora.surveys.control;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The anonymity rule of breakdowns: which departments' answers are shown apart. A department is
 * shown only with at least {@code minimum} respondents; the others are merged into one "other"
 * group, and that group too is either empty or has at least {@code minimum} (else the smallest
 * shown departments join it). So no group under the minimum is shown, nor can one be worked out
 * by subtracting the shown groups from the total: groups are disjoint (a person's own department,
 * not the tree above it) and whatever remains of the total is a group of at least the minimum.
 */
public final class DepartmentGroups {

  /** The group of respondents without a department, and of the merged small departments. */
  public static final long OTHER = -1;

  private DepartmentGroups() {}

  /**
   * The group each department's respondents are counted in ({@code OTHER} or the department
   * itself), given the respondents per department (key null: no department); empty when there is
   * nothing to show apart (fewer than two groups).
   */
  public static Optional<Map<Long, Long>> of(Map<Long, Long> respondents, int minimum) {
    long total = respondents.values().stream().mapToLong(Long::longValue).sum();
    List<Map.Entry<Long, Long>> shown = respondents.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getValue() >= minimum)
        .sorted(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    long other = total - shown.stream().mapToLong(Map.Entry::getValue).sum();
    while (other > 0 && other < minimum && !shown.isEmpty()) {
      other += shown.remove(0).getValue(); // the smallest shown department joins "other"
    }
    int groups = shown.size() + (other > 0 ? 1 : 0);
    if (groups < 2 || (other > 0 && other < minimum)) {
      return Optional.empty();
    }
    Map<Long, Long> grouping = new HashMap<>();
    for (Long department : respondents.keySet()) {
      boolean apart = shown.stream().anyMatch(e -> Objects.equals(e.getKey(), department));
      grouping.put(department, apart ? department : OTHER);
    }
    return Optional.of(grouping);
  }

  /** Shown groups first by size (largest first), "other" last. */
  public static Comparator<Map.Entry<Long, Long>> order() {
    return Comparator.<Map.Entry<Long, Long>>comparingInt(e -> e.getKey() == OTHER ? 1 : 0)
        .thenComparing(Map.Entry.<Long, Long>comparingByValue().reversed());
  }
}
