package org.agora.announcements.entity;

/** One department's share of a reach; {@code department} is "other" for the merged small ones. */
public record DepartmentReach(String department, long audience, long seen, long confirmed) {

  public static final String OTHER = "other";

  public DepartmentReach plus(DepartmentReach more) {
    return new DepartmentReach(OTHER, audience + more.audience, seen + more.seen, confirmed + more.confirmed);
  }
}
