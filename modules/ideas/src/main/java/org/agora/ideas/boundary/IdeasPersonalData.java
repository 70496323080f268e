package org.agora.ideas.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Ideas' share of a person's export and erasure: the ideas they posted (the post itself is in
 * activity's share), their votes, and the statuses they set as a moderator. Erasure deletes the
 * votes and recounts the ideas, forgets who set a status, and deletes the person's ideas when
 * authored content is not kept: before activity erases the posts the ideas are.
 */
@ApplicationScoped
@Transactional
public class IdeasPersonalData implements PersonalData {

  public record PostedIdea(long ideaId, String community, String status, String statusNote, int score, int votes,
      Instant createdAt) {}

  public record Vote(long ideaId, int value, Instant createdAt) {}

  public record StatusSet(long ideaId, String status, String note, Instant at) {}

  @PersistenceContext EntityManager em;

  @Override
  public int erasureOrder() {
    return 50;
  }

  @Override
  public List<PersonalDataFile> export(long personId) {
    return Stream.of(
            PersonalData.json("ideas/ideas.json", posted(personId)),
            PersonalData.json("ideas/votes.json", votes(personId)),
            PersonalData.json("ideas/statuses-set.json", statusesSet(personId)))
        .flatMap(Optional::stream).toList();
  }

  private List<PostedIdea> posted(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select i.activity_id, c.name, i.status, i.status_note, i.score, i.votes, i.created_at from idea i"
                + " join activity_fact f on f.id = i.activity_id left join community_card c on c.id = i.community_id"
                + " where f.actor_id = ?1 order by i.activity_id")
        .setParameter(1, personId), r -> new PostedIdea(
            r.nextLong(), r.nextText(), r.nextText(), r.nextText(), r.nextInt(), r.nextInt(), r.nextInstant()));
  }

  private List<Vote> votes(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select activity_id, value, created_at from idea_vote where person_id = ?1 order by created_at")
        .setParameter(1, personId), r -> new Vote(r.nextLong(), r.nextInt(), r.nextInstant()));
  }

  private List<StatusSet> statusesSet(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select activity_id, status, status_note, status_changed_at from idea where status_by = ?1"
                + " order by status_changed_at")
        .setParameter(1, personId), r -> new StatusSet(r.nextLong(), r.nextText(), r.nextText(), r.nextInstant()));
  }

  @Override
  public void erase(long personId, boolean keepContent) {
    List<Long> voted = NativeSql.rows(em.createNativeQuery(
            "delete from idea_vote where person_id = ?1 returning activity_id")
        .setParameter(1, personId), NativeSql.Row::nextLong);
    if (!voted.isEmpty()) {
      // Recounted from the votes that remain, as a vote does.
      em.createNativeQuery("update idea i set score = (select coalesce(sum(v.value), 0) from idea_vote v"
              + " where v.activity_id = i.activity_id), votes = (select count(*) from idea_vote v"
              + " where v.activity_id = i.activity_id) where i.activity_id = any(cast(?1 as bigint[]))")
          .setParameter(1, NativeSql.ids(voted)).executeUpdate();
    }
    em.createNativeQuery("update idea set status_by = null where status_by = ?1").setParameter(1, personId).executeUpdate();
    if (!keepContent) {
      em.createNativeQuery("delete from idea_vote v using activity_fact f where f.id = v.activity_id and f.actor_id = ?1")
          .setParameter(1, personId).executeUpdate();
      em.createNativeQuery("delete from idea i using activity_fact f where f.id = i.activity_id and f.actor_id = ?1")
          .setParameter(1, personId).executeUpdate();
    }
  }
}
