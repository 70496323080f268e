package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.communities.boundary.Communities;
import org.agora.communities.boundary.Memberships;
import org.agora.communities.entity.CommunityView;
import org.agora.communities.entity.MemberView;
import org.agora.communities.entity.Role;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;

/** The demo's Berlin office community and its members as they act, for the demo's poll and survey. */
@ApplicationScoped
public class DemoBerlinOffice {

  static final String NAME = "Berlin Office";

  /** Its id, its active members in the order of the member list, and its first owner (null without one). */
  record Office(long communityId, List<AgoraPrincipal> members, AgoraPrincipal owner) {}

  @Inject DemoPeople demoPeople;
  @Inject Communities communities;
  @Inject Memberships memberships;

  Office read() {
    Map<Long, AgoraPrincipal> people = demoPeople.active().stream().map(DemoActivity.Author::principal)
        .collect(Collectors.toMap(AgoraPrincipal::id, Function.identity()));
    AgoraPrincipal anyone = people.values().stream().filter(p -> !p.admin()).findFirst().orElseThrow();
    CommunityView berlin = communities.list(anyone, new Communities.Filter(null, null, NAME, false), PageRequest.of(5, null))
        .items().stream().filter(c -> c.name().equals(NAME)).findFirst().orElseThrow();
    List<MemberView> members = memberships.members(anyone, berlin.id(), PageRequest.of(50, null)).items();
    AgoraPrincipal owner = members.stream().filter(m -> m.role() == Role.OWNER).map(m -> people.get(m.personId()))
        .filter(Objects::nonNull).findFirst().orElse(null);
    return new Office(berlin.id(), members.stream().map(m -> people.get(m.personId())).filter(Objects::nonNull).toList(), owner);
  }
}
