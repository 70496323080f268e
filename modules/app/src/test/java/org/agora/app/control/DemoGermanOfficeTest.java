package org.agora.app.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The German office's written-out content holds together: the search relevance judgments name posts
 * by their first line and people by username, so both must be unique, and every author, replier and
 * community must exist.
 */
class DemoGermanOfficeTest {

  private final List<DemoPost> posts = new ArrayList<>(DemoGermanPosts.POSTS);

  DemoGermanOfficeTest() {
    posts.addAll(DemoInternationalPosts.POSTS);
  }

  @Test
  void everyPostHasItsOwnFirstLine() {
    List<String> firstLines = posts.stream().map(DemoPost::firstLine).toList();
    assertThat(firstLines).doesNotHaveDuplicates().allSatisfy(line -> assertThat(line).isNotBlank());
    assertThat(DemoGermanPosts.POSTS).hasSizeGreaterThanOrEqualTo(60);
    assertThat(DemoInternationalPosts.POSTS).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void everyAuthorRepliesAndCommunityExists() {
    Set<String> people = DemoGermanPeople.COLLEAGUES.stream().map(DemoGermanPeople.Colleague::username).collect(Collectors.toSet());
    Set<String> communities =
        DemoGermanCommunities.COMMUNITIES.stream().map(DemoGermanCommunities.Community::name).collect(Collectors.toSet());
    assertThat(people).hasSize(DemoGermanPeople.COLLEAGUES.size());
    for (DemoPost post : posts) {
      assertThat(people).as(post.firstLine()).contains(post.author());
      post.replies().forEach(reply -> assertThat(people).as(post.firstLine()).contains(reply.author()));
      if (post.community() != null) {
        assertThat(communities).as(post.firstLine()).contains(post.community());
      }
    }
    DemoGermanCommunities.COMMUNITIES.forEach(c -> assertThat(people).contains(c.owner()).containsAll(c.members()));
  }

  @Test
  void theirUsernamesCannotMeetTheGeneratedOnes() {
    // The generated company's usernames are letters and digits only (DemoOrganisation.ascii).
    assertThat(DemoGermanPeople.COLLEAGUES).allSatisfy(c -> assertThat(c.username()).contains("."));
    List<String> departments = new ArrayList<>(DemoOrganisation.DEPARTMENTS.stream().map(DemoOrganisation.DepartmentPlan::name).toList());
    DemoGermanPeople.UNITS.forEach(unit -> departments.add(unit.name()));
    assertThat(departments).containsAll(DemoGermanPeople.COLLEAGUES.stream().map(DemoGermanPeople.Colleague::department).toList());
  }

  @Test
  void financeKeepsTheSizeTheBrowserTestsCount() {
    // UiIT.theDirectoryFiltersAndOpensProfiles expects the Finance department's seven people.
    assertThat(DemoGermanPeople.COLLEAGUES).noneMatch(c -> c.department().equals("Finance"));
  }

  @Test
  void whoeverWritesInACommunityIsAMemberOfIt() {
    DemoGermanCommunities.Community homeoffice = DemoGermanCommunities.COMMUNITIES.stream()
        .filter(c -> c.name().equals(DemoGermanPosts.HOMEOFFICE)).findFirst().orElseThrow();
    assertThat(DemoGermanOffice.members(homeoffice, posts)).contains("maximilian.hoefer").doesNotContain(homeoffice.owner());
  }
}
