package org.agora.people.entity;

import java.util.List;

/**
 * A whole profile page: the person, their social numbers and their skills with endorsements,
 * as one viewer sees it.
 */
public record ProfileView(
    long id,
    String username,
    String displayName,
    PersonView.DepartmentRef department,
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
    long followers,
    long following,
    boolean followedByMe,
    boolean me,
    List<SkillView> endorsements,
    String uiLanguage) {

  public static ProfileView of(
      PersonView p, long followers, long following, boolean followedByMe, boolean me, List<SkillView> endorsements) {
    return new ProfileView(
        p.id(), p.username(), p.displayName(), p.department(), p.title(), p.location(), p.email(),
        p.phone(), p.about(), p.skills(), p.languages(), p.initials(), p.avatarUrl(), p.admin(),
        p.active(), followers, following, followedByMe, me, endorsements,
        me ? p.uiLanguage() : null);
  }
}
