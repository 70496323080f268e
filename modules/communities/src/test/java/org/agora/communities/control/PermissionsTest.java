package org.agora.communities.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.agora.communities.entity.Community;
import org.agora.communities.entity.Membership;
import org.agora.communities.entity.MembershipState;
import org.agora.communities.entity.Role;
import org.agora.communities.entity.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The permission rule, for every visibility and every kind of membership a viewer can have. */
class PermissionsTest {

  @ParameterizedTest(name = "{0} community, {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # visibility | viewer's membership | may
      PUBLIC       | none                | see read
      PUBLIC       | ACTIVE OWNER        | see read post moderate
      PUBLIC       | ACTIVE MODERATOR    | see read post moderate
      PUBLIC       | ACTIVE MEMBER       | see read post
      PUBLIC       | REQUESTED MEMBER    | see read
      PUBLIC       | REQUESTED MODERATOR | see read
      PUBLIC       | REQUESTED OWNER     | see read
      PUBLIC       | INVITED MEMBER      | see read
      PUBLIC       | INVITED MODERATOR   | see read
      PUBLIC       | INVITED OWNER       | see read
      RESTRICTED   | none                | see
      RESTRICTED   | ACTIVE OWNER        | see read post moderate
      RESTRICTED   | ACTIVE MODERATOR    | see read post moderate
      RESTRICTED   | ACTIVE MEMBER       | see read post
      RESTRICTED   | REQUESTED MEMBER    | see
      RESTRICTED   | REQUESTED MODERATOR | see
      RESTRICTED   | REQUESTED OWNER     | see
      RESTRICTED   | INVITED MEMBER      | see
      RESTRICTED   | INVITED MODERATOR   | see
      RESTRICTED   | INVITED OWNER       | see
      SECRET       | none                |
      SECRET       | ACTIVE OWNER        | see read post moderate
      SECRET       | ACTIVE MODERATOR    | see read post moderate
      SECRET       | ACTIVE MEMBER       | see read post
      SECRET       | REQUESTED MEMBER    |
      SECRET       | REQUESTED MODERATOR |
      SECRET       | REQUESTED OWNER     |
      SECRET       | INVITED MEMBER      | see
      SECRET       | INVITED MODERATOR   | see
      SECRET       | INVITED OWNER       | see
      """)
  void aColleagueMayWhatTheirMembershipAllows(Visibility visibility, String membership, String may) {
    Permissions permissions = new Permissions(community(visibility), false, () -> parse(membership));

    assertThat(allowed(permissions)).isEqualTo(words(may));
  }

  @ParameterizedTest(name = "{0} community, {1}")
  @MethodSource("everyVisibilityAndMembership")
  void anAdminSeesReadsAndModeratesEverythingButPostsOnlyAsAnActiveMember(Visibility visibility, Optional<Membership> membership) {
    Permissions permissions = new Permissions(community(visibility), true, () -> membership);

    boolean activeMember = membership.map(Membership::isActive).orElse(false);
    assertThat(allowed(permissions)).isEqualTo(activeMember ? words("see read post moderate") : words("see read moderate"));
  }

  @ParameterizedTest(name = "{0} community, {1}")
  @MethodSource("everyVisibilityAndMembership")
  void nobodyMayAnythingInADeletedCommunity(Visibility visibility, Optional<Membership> membership) {
    Community deleted = community(visibility);
    deleted.delete(Instant.parse("2026-12-01T00:00:00Z"));

    assertThat(allowed(new Permissions(deleted, false, () -> membership))).isEmpty();
    assertThat(allowed(new Permissions(deleted, true, () -> membership))).isEmpty();
  }

  @Test
  void nobodyMayAnythingInACommunityThatDoesNotExist() {
    assertThat(allowed(new Permissions(null, true, () -> parse("ACTIVE OWNER")))).isEmpty();
  }

  @Test
  void theMembershipIsNotLookedUpWhenTheAnswerDoesNotDependOnIt() {
    Permissions colleague = new Permissions(community(Visibility.PUBLIC), false, PermissionsTest::noLookUp);
    Permissions admin = new Permissions(community(Visibility.SECRET), true, PermissionsTest::noLookUp);

    assertThat(colleague.see()).isTrue();
    assertThat(colleague.read()).isTrue();
    assertThat(new Permissions(community(Visibility.RESTRICTED), false, PermissionsTest::noLookUp).see()).isTrue();
    assertThat(admin.see()).isTrue();
    assertThat(admin.read()).isTrue();
    assertThat(admin.moderate()).isTrue();
  }

  static Stream<Arguments> everyVisibilityAndMembership() {
    List<Arguments> all = new ArrayList<>();
    for (Visibility visibility : Visibility.values()) {
      all.add(Arguments.of(visibility, Optional.empty()));
      for (MembershipState state : MembershipState.values()) {
        for (Role role : Role.values()) {
          all.add(Arguments.of(visibility, Optional.of(membership(state, role))));
        }
      }
    }
    return all.stream();
  }

  private static Community community(Visibility visibility) {
    return new Community("Gardening", visibility, 1L, Instant.parse("2026-11-01T00:00:00Z"));
  }

  private static Membership membership(MembershipState state, Role role) {
    return new Membership(7L, 42L, role, state, Instant.parse("2026-11-02T00:00:00Z"));
  }

  /** "none", or a state and a role: "INVITED MODERATOR". */
  private static Optional<Membership> parse(String membership) {
    if (membership.equals("none")) {
      return Optional.empty();
    }
    String[] stateAndRole = membership.split(" ");
    return Optional.of(membership(MembershipState.valueOf(stateAndRole[0]), Role.valueOf(stateAndRole[1])));
  }

  private static Set<String> allowed(Permissions permissions) {
    Set<String> allowed = new TreeSet<>();
    if (permissions.see()) allowed.add("see");
    if (permissions.read()) allowed.add("read");
    if (permissions.post()) allowed.add("post");
    if (permissions.moderate()) allowed.add("moderate");
    return allowed;
  }

  private static Set<String> words(String may) {
    return may == null ? Set.of() : new TreeSet<>(List.of(may.split(" ")));
  }

  private static Optional<Membership> noLookUp() {
    throw new AssertionError("the membership was looked up");
  }
}
