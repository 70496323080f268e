package org.agora.people.entity;

import java.util.List;

/** A person as the API and the UI show them to colleagues. */
public record PersonView(
    long id,
    String username,
    String displayName,
    DepartmentRef department,
    String title,
    String location,
    String email,
    String phone,
    String about,
    List<String> skills,
    boolean admin,
    boolean active) {

  public record DepartmentRef(long id, String name) {}

  public static PersonView of(Person p) {
    Department d = p.getDepartment();
    return new PersonView(
        p.getId(),
        p.getUsername(),
        p.getDisplayName(),
        d == null ? null : new DepartmentRef(d.getId(), d.getName()),
        p.getTitle(),
        p.getLocation(),
        p.getEmail(),
        p.getPhone(),
        p.getAbout(),
        p.getSkills().stream().sorted().toList(),
        p.isAdmin(),
        p.isActive());
  }
}
