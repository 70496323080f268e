package org.agora.communities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.communities.entity.Community;
import org.agora.communities.entity.CommunityEvent;
import org.agora.communities.entity.MemberView;
import org.agora.communities.entity.Membership;
import org.agora.communities.entity.MembershipState;
import org.agora.communities.entity.Role;
import org.agora.communities.entity.Visibility;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.DomainEvent;

/**
 * Belonging to communities: join (or ask to), leave, invitations, approving requests, roles and
 * removal. A community always keeps at least one owner. The unique key on (community, person)
 * makes concurrent joins safe.
 */
@ApplicationScoped
@Transactional
public class Memberships {

  @PersistenceContext EntityManager em;
  @Inject CommunityAccess access;
  @Inject Communities communities;
  @Inject PersonDirectory directory;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;

  /**
   * Joins a public community, asks to join a restricted one, or accepts an invitation. Answers
   * the resulting state.
   */
  public MembershipState join(AgoraPrincipal person, long communityId, boolean acceptGuidelines) {
    Community community = communities.visible(person, communityId);
    Membership existing = access.membership(person.id(), communityId).orElse(null);
    if (existing != null && existing.getState() != MembershipState.INVITED) {
      throw new ConflictException(existing.isActive()
          ? "You are already a member of " + community.getName() + "."
          : "Your request to join " + community.getName() + " is waiting for approval.");
    }
    if (community.hasGuidelines() && !acceptGuidelines) {
      throw new ConflictException("Please read and accept the community guidelines to join (acceptGuidelines: true).");
    }
    Instant now = Instant.now(clock);
    if (existing != null) {
      existing.setState(MembershipState.ACTIVE);
      existing.acceptGuidelines(now);
      fire("membership.joined", community, person.id(), person.id());
      return MembershipState.ACTIVE;
    }
    if (community.getVisibility() == Visibility.SECRET && !person.admin()) {
      throw new NotFoundException("No community with id " + communityId);
    }
    MembershipState state =
        community.getVisibility() == Visibility.PUBLIC ? MembershipState.ACTIVE : MembershipState.REQUESTED;
    int inserted =
        em.createNativeQuery(
                "insert into membership (community_id, person_id, role, state, guidelines_accepted_at, created_at)"
                    + " values (?1, ?2, 'MEMBER', ?3, cast(?4 as timestamptz), ?5) on conflict (community_id, person_id) do nothing")
            .setParameter(1, communityId)
            .setParameter(2, person.id())
            .setParameter(3, state.name())
            .setParameter(4, acceptGuidelines ? now.atOffset(ZoneOffset.UTC) : null)
            .setParameter(5, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (inserted == 0) {
      throw new ConflictException("You are already a member of " + community.getName() + ", or asked to be.");
    }
    fire(state == MembershipState.ACTIVE ? "membership.joined" : "membership.requested", community, person.id(), person.id());
    return state;
  }

  /** Leaves, withdraws a request, or declines an invitation. The last owner cannot leave. */
  public void leave(AgoraPrincipal person, long communityId) {
    Community community = communities.visible(person, communityId);
    Membership membership = access.membership(person.id(), communityId)
        .orElseThrow(() -> new NotFoundException("You are not a member of " + community.getName() + "."));
    requireAnotherOwner(membership, "You are the last owner: make someone else owner before leaving.");
    String change = switch (membership.getState()) {
      case ACTIVE -> "membership.left";
      case REQUESTED -> "membership.withdrawn";
      case INVITED -> "membership.declined";
    };
    em.remove(membership);
    fire(change, community, person.id(), person.id());
  }

  public void invite(AgoraPrincipal inviter, long communityId, long personId) {
    Community community = requireModerator(inviter, communityId);
    directory.requireActive(personId);
    Membership existing = access.membership(personId, communityId).orElse(null);
    if (existing != null && existing.getState() != MembershipState.REQUESTED) {
      throw new ConflictException(existing.isActive() ? "Already a member." : "Already invited.");
    }
    if (existing != null) {
      existing.setState(MembershipState.ACTIVE);
      fire("membership.approved", community, personId, inviter.id());
      return;
    }
    Membership invitation = new Membership(communityId, personId, Role.MEMBER, MembershipState.INVITED, Instant.now(clock));
    invitation.setInvitedBy(inviter.id());
    em.persist(invitation);
    fire("membership.invited", community, personId, inviter.id());
  }

  public void approve(AgoraPrincipal moderator, long communityId, long personId) {
    Community community = requireModerator(moderator, communityId);
    Membership request = pending(communityId, personId);
    request.setState(MembershipState.ACTIVE);
    fire("membership.approved", community, personId, moderator.id());
  }

  public void reject(AgoraPrincipal moderator, long communityId, long personId) {
    Community community = requireModerator(moderator, communityId);
    em.remove(pending(communityId, personId));
    fire("membership.rejected", community, personId, moderator.id());
  }

  /** Owners (and admins) give roles; the last owner cannot be demoted. */
  public void setRole(AgoraPrincipal owner, long communityId, long personId, Role role) {
    Community community = communities.visible(owner, communityId);
    if (!owner.admin() && !communities.isOwner(owner.id(), communityId)) {
      throw new ForbiddenException("Only owners change roles.");
    }
    Membership member = activeMember(communityId, personId);
    if (member.getRole() == Role.OWNER && role != Role.OWNER) {
      requireAnotherOwner(member, "A community always keeps at least one owner.");
    }
    member.setRole(role);
    audit.record("membership.role-changed", "community", communityId, "person " + personId + " is now " + role);
    fire("membership.role-changed", community, personId, owner.id());
  }

  /** Moderators remove members; only owners remove owners, and never the last one. */
  public void remove(AgoraPrincipal moderator, long communityId, long personId) {
    Community community = requireModerator(moderator, communityId);
    Membership member = access.membership(personId, communityId)
        .orElseThrow(() -> new NotFoundException("Person " + personId + " is not in this community."));
    if (member.getRole() == Role.OWNER && !moderator.admin() && !communities.isOwner(moderator.id(), communityId)) {
      throw new ForbiddenException("Only owners remove owners.");
    }
    requireAnotherOwner(member, "A community always keeps at least one owner.");
    em.remove(member);
    audit.record("membership.removed", "community", communityId, "person " + personId);
    fire("membership.removed", community, personId, moderator.id());
  }

  /** Active members with roles; for restricted and secret communities only members see them. */
  public Page<MemberView> members(AgoraPrincipal viewer, long communityId, PageRequest page) {
    communities.visible(viewer, communityId);
    if (!access.canRead(viewer, communityId)) {
      throw new ForbiddenException("Only members see who is in this community.");
    }
    return byState(communityId, MembershipState.ACTIVE, page);
  }

  public Page<MemberView> requests(AgoraPrincipal moderator, long communityId, PageRequest page) {
    requireModerator(moderator, communityId);
    return byState(communityId, MembershipState.REQUESTED, page);
  }

  /** A member as listed, with the id of their membership for the page's cursor. */
  private record Listed(long membershipId, MemberView member) {}

  /** Memberships in this state of active people, named by people's published person_card. */
  private Page<MemberView> byState(long communityId, MembershipState state, PageRequest page) {
    List<Listed> rows = NativeSql.rows(
        em.createNativeQuery(
                "select m.id, m.person_id, p.username, p.display_name, p.department_name, m.role, m.state, m.created_at"
                    + " from membership m join person_card p on p.id = m.person_id"
                    + " where m.community_id = ?1 and m.state = ?2 and p.active and m.id > ?3 order by m.id limit ?4")
            .setParameter(1, communityId)
            .setParameter(2, state.name())
            .setParameter(3, page.after() == null ? 0L : page.after())
            .setParameter(4, page.fetchSize()),
        r -> new Listed(r.nextLong(), new MemberView(r.nextLong(), r.nextText(), r.nextText(), r.nextText(),
            Role.valueOf(r.nextText()), MembershipState.valueOf(r.nextText()), r.nextInstant())));
    return Page.of(rows, page.limit(), Listed::membershipId).map(Listed::member);
  }

  private Community requireModerator(AgoraPrincipal viewer, long communityId) {
    Community community = communities.visible(viewer, communityId);
    if (!access.canModerate(viewer, communityId)) {
      throw new ForbiddenException("Only the community's owners and moderators can do this.");
    }
    return community;
  }

  private Membership pending(long communityId, long personId) {
    return access.membership(personId, communityId)
        .filter(m -> m.getState() == MembershipState.REQUESTED)
        .orElseThrow(() -> new NotFoundException("No request to join from person " + personId));
  }

  private Membership activeMember(long communityId, long personId) {
    return access.membership(personId, communityId)
        .filter(Membership::isActive)
        .orElseThrow(() -> new NotFoundException("Person " + personId + " is not a member."));
  }

  private void requireAnotherOwner(Membership membership, String message) {
    if (membership.isActive() && membership.getRole() == Role.OWNER) {
      // Lock the community's owner rows so two owners cannot both step down at once.
      long owners =
          ((Number)
                  em.createNativeQuery(
                          "select count(*) from (select 1 from membership where community_id = ?1 and role = 'OWNER'"
                              + " and state = 'ACTIVE' for update) owners")
                      .setParameter(1, membership.getCommunityId())
                      .getSingleResult())
              .longValue();
      if (owners <= 1) {
        throw new ConflictException(message);
      }
    }
  }

  private void fire(String type, Community community, long personId, long byId) {
    events.fire(new CommunityEvent(type, community.getId(), community.getVisibility(), personId, byId));
  }
}
