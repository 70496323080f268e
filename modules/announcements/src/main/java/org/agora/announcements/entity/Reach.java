package org.agora.announcements.entity;

import java.util.List;

/**
 * How far an announcement reached: its audience now, who of them saw it and who confirmed it,
 * and the same per department (departments under five people merged into "other").
 * {@code namedReach}: whether the list of who has not confirmed may be downloaded here.
 */
public record Reach(long audience, long seen, long confirmed, List<DepartmentReach> byDepartment, boolean namedReach) {}
