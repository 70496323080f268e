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
    List<String> languages,
    String initials,
    String avatarUrl,
    boolean admin,
    boolean active,
    String uiLanguage) {

  public record DepartmentRef(long id, String name) {}

  /** The photo when there is one (versioned so caches refresh), else the generated initials. */
  public static String avatarUrl(Person p) {
    String base = "/api/v1/people/" + p.getId() + "/avatar";
    return p.getPhotoUpdatedAt() == null ? base : base + "?v=" + p.getPhotoUpdatedAt().toEpochMilli();
  }

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
        p.getLanguages().stream().sorted().toList(),
        p.initials(),
        avatarUrl(p),
        p.isAdmin(),
        p.isActive(),
        p.getUiLanguage());
  }
}
