package org.agora.onboarding.entity;

import java.util.List;

/**
 * What a department's newcomers are asked to join: the department's own community (or none) and
 * the communities the admins recommend besides it.
 */
public record DepartmentSetup(long departmentId, Long communityId, List<Long> recommendedIds) {

  /** Every community to join, the department's first. */
  public List<Long> toJoin() {
    java.util.List<Long> all = new java.util.ArrayList<>();
    if (communityId != null) {
      all.add(communityId);
    }
    recommendedIds.stream().filter(id -> !all.contains(id)).forEach(all::add);
    return all;
  }
}
