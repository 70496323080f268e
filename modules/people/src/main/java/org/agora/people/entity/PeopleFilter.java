package org.agora.people.entity;

import java.util.Locale;

/** The directory's optional filters; blanks mean "any". */
public record PeopleFilter(String department, String skill, String location) {

  public static final PeopleFilter NONE = new PeopleFilter(null, null, null);

  public PeopleFilter {
    department = blankToNull(department);
    skill = skill == null || skill.isBlank() ? null : skill.strip().toLowerCase(Locale.ROOT);
    location = blankToNull(location);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
