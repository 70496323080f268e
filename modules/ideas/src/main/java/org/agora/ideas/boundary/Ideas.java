package org.agora.ideas.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.boundary.Posts;
import org.agora.activity.entity.NotificationType;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.ideas.entity.IdeaStatus;
import org.agora.ideas.entity.IdeaView;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Crowdsourcing in a community: an idea is a community post with votes (one per person,
 * changeable) and a status that moderators set with a note; voters hear about status changes.
 * Ranked by votes and recency: {@code score / (age in hours + 2)^1.5}, so a fresh idea with a few
 * votes can pass an old one with many (the "hot" rule of link aggregators).
 */
@ApplicationScoped
@Transactional
public class Ideas {

  public enum Sort { HOT, TOP, NEW }

  static final String SELECT =
      "select i.activity_id, i.community_id, a.actor_id, p.display_name, a.html, i.status, i.status_note, i.score, i.votes,"
          + " coalesce((select v.value from idea_vote v where v.activity_id = i.activity_id and v.person_id = ?1), 0),"
          + " a.created_at, i.status_changed_at"
          + " from idea i join activity a on a.id = i.activity_id join person p on p.id = a.actor_id"
          + " where a.deleted_at is null";

  @PersistenceContext EntityManager em;
  @Inject Posts posts;
  @Inject CommunityAccess communities;
  @Inject Notifications notifications;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public IdeaView propose(AgoraPrincipal author, long communityId, String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequestException("text: describe the idea");
    }
    long id = posts.post(author, text, communityId, false);
    em.createNativeQuery("insert into idea (activity_id, community_id, created_at) values (?1, ?2, ?3)")
        .setParameter(1, id).setParameter(2, communityId).setParameter(3, Instant.now(clock).atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return get(author, id);
  }

  @SuppressWarnings("unchecked")
  public List<IdeaView> list(AgoraPrincipal reader, long communityId, Sort sort, IdeaStatus status, int limit) {
    if (!communities.canRead(reader, communityId)) {
      throw new NotFoundException("No community with id " + communityId);
    }
    String order = switch (sort == null ? Sort.HOT : sort) {
      case HOT -> "i.score / power(extract(epoch from (?3 - a.created_at)) / 3600 + 2, 1.5) desc, i.activity_id desc";
      case TOP -> "i.score desc, i.activity_id desc";
      case NEW -> "i.activity_id desc";
    };
    List<Object[]> rows = em.createNativeQuery(SELECT + " and i.community_id = ?2"
            + (status == null ? "" : " and i.status = '" + status.name() + "'") + " order by " + order + " limit " + limit)
        .setParameter(1, reader.id()).setParameter(2, communityId)
        .setParameter(3, Instant.now(clock).atOffset(ZoneOffset.UTC))
        .getResultList();
    return rows.stream().map(Ideas::view).toList();
  }

  @SuppressWarnings("unchecked")
  public IdeaView get(AgoraPrincipal reader, long id) {
    List<Object[]> rows = em.createNativeQuery(SELECT + " and i.activity_id = ?2").setParameter(1, reader.id()).setParameter(2, id)
        .getResultList();
    if (rows.isEmpty() || !communities.canRead(reader, ((Number) rows.get(0)[1]).longValue())) {
      throw new NotFoundException("No idea with id " + id);
    }
    return view(rows.get(0));
  }

  /** One vote per person: 1 or -1, changeable; 0 takes it back. */
  public IdeaView vote(AgoraPrincipal voter, long id, Integer value) {
    if (value == null || value < -1 || value > 1) {
      throw new BadRequestException("value: 1, -1, or 0 to take the vote back");
    }
    IdeaView idea = get(voter, id);
    if (!communities.canPost(voter, idea.communityId())) {
      throw new ForbiddenException("Only members of the community vote on its ideas.");
    }
    if (value == 0) {
      em.createNativeQuery("delete from idea_vote where activity_id = ?1 and person_id = ?2")
          .setParameter(1, id).setParameter(2, voter.id()).executeUpdate();
    } else {
      em.createNativeQuery("insert into idea_vote (activity_id, person_id, value, created_at) values (?1, ?2, ?3, ?4)"
              + " on conflict (activity_id, person_id) do update set value = excluded.value")
          .setParameter(1, id).setParameter(2, voter.id()).setParameter(3, value)
          .setParameter(4, Instant.now(clock).atOffset(ZoneOffset.UTC)).executeUpdate();
    }
    // Recounted from the votes, so concurrent voters cannot drift the totals.
    em.createNativeQuery("update idea set score = (select coalesce(sum(value), 0) from idea_vote where activity_id = ?1),"
            + " votes = (select count(*) from idea_vote where activity_id = ?1) where activity_id = ?1")
        .setParameter(1, id).executeUpdate();
    return get(voter, id);
  }

  /** Moderators move an idea along with a note; everyone who voted is notified. */
  @SuppressWarnings("unchecked")
  public IdeaView setStatus(AgoraPrincipal moderator, long id, IdeaStatus status, String note) {
    if (status == null) {
      throw new BadRequestException("status: one of " + List.of(IdeaStatus.values()));
    }
    IdeaView idea = get(moderator, id);
    if (!communities.canModerate(moderator, idea.communityId())) {
      throw new ForbiddenException("Only the community's moderators set the status of ideas.");
    }
    String clean = UserText.plain(note);
    em.createNativeQuery("update idea set status = ?2, status_note = ?3, status_changed_at = ?4, status_by = ?5 where activity_id = ?1")
        .setParameter(1, id).setParameter(2, status.name())
        .setParameter(3, clean == null || clean.isBlank() ? null : clean.substring(0, Math.min(1000, clean.length())))
        .setParameter(4, Instant.now(clock).atOffset(ZoneOffset.UTC)).setParameter(5, moderator.id()).executeUpdate();
    audit.record("idea.status." + status.name().toLowerCase(Locale.ROOT), "activity", id, clean);
    List<Object> voters = em.createNativeQuery("select person_id from idea_vote where activity_id = ?1").setParameter(1, id)
        .getResultList();
    for (Object voter : voters) {
      notifications.tell(((Number) voter).longValue(), NotificationType.IDEA_STATUS, moderator.id(), id, idea.communityId());
    }
    return get(moderator, id);
  }

  private static IdeaView view(Object[] r) {
    return new IdeaView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3],
        (String) r[4], IdeaStatus.valueOf((String) r[5]), (String) r[6], ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
        ((Number) r[9]).intValue(), NativeSql.instant(r[10]), NativeSql.instant(r[11]));
  }
}
