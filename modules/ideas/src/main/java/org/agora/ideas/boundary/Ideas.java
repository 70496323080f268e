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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.activity.boundary.ActivitySummaries;
import org.agora.activity.boundary.Notifications;
import org.agora.activity.boundary.Posts;
import org.agora.activity.entity.NotificationType;
import org.agora.activity.entity.PostContent;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.ideas.entity.IdeaStatus;
import org.agora.ideas.entity.IdeaView;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Author;
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

  /** An idea's own row with the reader's (?1) vote; the post it is comes from activity, its author's name from people. */
  static final String SELECT =
      "select i.activity_id, i.community_id, i.status, i.status_note, i.score, i.votes,"
          + " coalesce((select v.value from idea_vote v where v.activity_id = i.activity_id and v.person_id = ?1), 0),"
          + " i.status_changed_at from idea i";

  private record IdeaRow(
      long id, long communityId, IdeaStatus status, String statusNote, int score, int votes, int myVote, Instant statusChangedAt) {}

  @PersistenceContext EntityManager em;
  @Inject Posts posts;
  @Inject ActivitySummaries activities;
  @Inject PeopleInBulk people;
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

  /**
   * The community's ideas in the order asked for. Ideas whose post was deleted are left out; they
   * are rare, so the ranking is read a page at a time until {@code limit} remain or none is left.
   */
  public List<IdeaView> list(AgoraPrincipal reader, long communityId, Sort sort, IdeaStatus status, int limit) {
    if (!communities.canRead(reader, communityId)) {
      throw new NotFoundException("No community with id " + communityId);
    }
    String order = switch (sort == null ? Sort.HOT : sort) {
      // An idea is created with its post, so its created_at is the post's.
      case HOT -> "i.score / power(extract(epoch from (?3 - i.created_at)) / 3600 + 2, 1.5) desc, i.activity_id desc";
      case TOP -> "i.score desc, i.activity_id desc";
      case NEW -> "i.activity_id desc";
    };
    String sql = SELECT + " where i.community_id = ?2" + (status == null ? "" : " and i.status = '" + status.name() + "'")
        + " order by " + order + " limit " + limit + " offset ?4";
    var now = Instant.now(clock).atOffset(ZoneOffset.UTC);
    List<IdeaView> shown = new ArrayList<>();
    for (int offset = 0; ; offset += limit) {
      List<IdeaRow> rows = NativeSql.rows(
          em.createNativeQuery(sql).setParameter(1, reader.id()).setParameter(2, communityId).setParameter(3, now)
              .setParameter(4, offset),
          Ideas::row);
      views(rows).stream().limit(limit - shown.size()).forEach(shown::add);
      if (rows.size() < limit || shown.size() == limit) {
        return shown;
      }
    }
  }

  public IdeaView get(AgoraPrincipal reader, long id) {
    List<IdeaRow> rows = NativeSql.rows(
        em.createNativeQuery(SELECT + " where i.activity_id = ?2").setParameter(1, reader.id()).setParameter(2, id), Ideas::row);
    if (rows.isEmpty() || !communities.canRead(reader, rows.get(0).communityId())) {
      throw new NotFoundException("No idea with id " + id);
    }
    return views(rows).stream().findFirst().orElseThrow(() -> new NotFoundException("No idea with id " + id));
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
    List<Long> voters = NativeSql.rows(
        em.createNativeQuery("select person_id from idea_vote where activity_id = ?1").setParameter(1, id), NativeSql.Row::nextLong);
    for (long voter : voters) {
      notifications.tell(voter, NotificationType.IDEA_STATUS, moderator.id(), id, idea.communityId());
    }
    return get(moderator, id);
  }

  /** A row of {@link #SELECT}. */
  private static IdeaRow row(NativeSql.Row r) {
    return new IdeaRow(r.nextLong(), r.nextLong(), IdeaStatus.valueOf(r.nextText()), r.nextText(), (int) r.nextLong(),
        (int) r.nextLong(), (int) r.nextLong(), r.nextInstant());
  }

  /** These ideas in their order with their posts and authors' names, leaving out those whose post was deleted. */
  private List<IdeaView> views(List<IdeaRow> rows) {
    Map<Long, PostContent> live = activities.notDeleted(rows.stream().map(IdeaRow::id).toList());
    Map<Long, Author> authors = people.authors(live.values().stream().map(PostContent::actorId).collect(Collectors.toSet()));
    return rows.stream()
        .filter(i -> live.containsKey(i.id()))
        .map(i -> {
          PostContent post = live.get(i.id());
          return new IdeaView(i.id(), i.communityId(), post.actorId(), authors.get(post.actorId()).displayName(), post.html(),
              i.status(), i.statusNote(), i.score(), i.votes(), i.myVote(), post.createdAt(), i.statusChangedAt());
        })
        .toList();
  }
}
