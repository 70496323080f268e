package org.agora.communities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.agora.communities.entity.CommunityEvent;
import org.agora.communities.entity.Visibility;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Communities' share of a person's export and erasure: their memberships, join requests and
 * invitations (received and sent) and the communities they founded. Erasure removes the person's
 * links to communities and keeps the communities: they are their members' place, not the founder's.
 */
@ApplicationScoped
@Transactional
public class CommunitiesPersonalData implements PersonalData {

  /** One membership, join request ({@code REQUESTED}) or invitation ({@code INVITED}). */
  public record MembershipEntry(
      long communityId, String community, String role, String state, String invitedBy, Instant acceptedGuidelinesAt,
      Instant since) {}

  /** An invitation the person sent to a colleague. */
  public record InvitationSent(long communityId, String community, String invitee, String state, Instant at) {}

  /** A community the person founded. */
  public record Founded(long communityId, String community, Instant createdAt, Instant deletedAt) {}

  @PersistenceContext EntityManager em;
  @Inject Event<DomainEvent> events;

  @Override
  public List<PersonalDataFile> export(long personId) {
    return Stream.of(
            PersonalData.json("communities/memberships.json", memberships(personId)),
            PersonalData.json("communities/invitations-sent.json", invitationsSent(personId)),
            PersonalData.json("communities/founded.json", founded(personId)))
        .flatMap(Optional::stream).toList();
  }

  private List<MembershipEntry> memberships(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select m.community_id, c.name, m.role, m.state, i.display_name, m.guidelines_accepted_at, m.created_at"
                + " from membership m join community c on c.id = m.community_id"
                + " left join person_card i on i.id = m.invited_by where m.person_id = ?1 order by m.created_at")
        .setParameter(1, personId), r -> new MembershipEntry(
            r.nextLong(), r.nextText(), r.nextText(), r.nextText(), r.nextText(), r.nextInstant(), r.nextInstant()));
  }

  private List<InvitationSent> invitationsSent(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select m.community_id, c.name, p.display_name, m.state, m.created_at"
                + " from membership m join community c on c.id = m.community_id"
                + " left join person_card p on p.id = m.person_id where m.invited_by = ?1 order by m.created_at")
        .setParameter(1, personId), r -> new InvitationSent(
            r.nextLong(), r.nextText(), r.nextText(), r.nextText(), r.nextInstant()));
  }

  private List<Founded> founded(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select id, name, created_at, deleted_at from community where created_by = ?1 order by created_at")
        .setParameter(1, personId), r -> new Founded(r.nextLong(), r.nextText(), r.nextInstant(), r.nextInstant()));
  }

  private record Removed(long communityId, Visibility visibility, boolean active) {}

  /**
   * Deletes the person's memberships, requests and invitations and forgets them as inviter. The
   * founder column stays: it points at the anonymised account. {@code membership.erased} lets
   * search recount the members, without the webhooks and notifications of a member who left.
   */
  @Override
  public void erase(long personId, boolean keepContent) {
    List<Removed> removed = NativeSql.rows(em.createNativeQuery(
            "delete from membership m using community c where c.id = m.community_id and m.person_id = ?1"
                + " returning m.community_id, c.visibility, m.state = 'ACTIVE'")
        .setParameter(1, personId), r -> new Removed(r.nextLong(), Visibility.valueOf(r.nextText()), r.nextBoolean()));
    em.createNativeQuery("update membership set invited_by = null where invited_by = ?1").setParameter(1, personId)
        .executeUpdate();
    removed.stream().filter(Removed::active).forEach(m ->
        events.fire(new CommunityEvent("membership.erased", m.communityId(), m.visibility(), personId, personId)));
  }
}
