package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.activity.entity.ActivitySummary;
import org.agora.activity.entity.AuthorActivity;
import org.agora.activity.entity.PostContent;
import org.agora.activity.entity.TaggedActivity;
import org.agora.activity.entity.ActivityType;
import org.agora.platform.boundary.NativeSql;

/**
 * Posts and comments by the batch, for read models that other modules build (search): those not
 * deleted, nor is their post, whatever the reader. Callers apply the readers' rules, and leave out
 * what lives in a community that was deleted.
 */
@ApplicationScoped
@Transactional
public class ActivitySummaries {

  /** Posts and comments that are not deleted, nor is their post; {@code a} is the activity. */
  private static final String SEARCHABLE =
      " from activity a left join activity parent on parent.id = a.parent_id"
          + " where a.type in ('POST', 'COMMENT') and a.deleted_at is null and (parent.id is null or parent.deleted_at is null)";

  @PersistenceContext EntityManager em;

  /** Each of these activities with the ids of its comments (a post's fate is theirs). */
  public Map<Long, Set<Long>> withComments(Collection<Long> ids) {
    Map<Long, Set<Long>> affected = new LinkedHashMap<>();
    ids.forEach(id -> affected.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(id));
    if (!ids.isEmpty()) {
      NativeSql.rows(
              em.createNativeQuery("select parent_id, id from activity where parent_id = any(cast(?1 as bigint[])) order by id")
                  .setParameter(1, NativeSql.ids(ids)),
              r -> Map.entry(r.nextLong(), r.nextLong()))
          .forEach(c -> affected.get(c.getKey()).add(c.getValue()));
    }
    return affected;
  }

  /** The posts and comments among {@code ids} that are not deleted, nor is their post. */
  public List<ActivitySummary> searchable(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = NativeSql.ids(ids);
    Map<Long, List<String>> tags = NativeSql.grouped(em.createNativeQuery(
            "select activity_id, tag from activity_tag where activity_id = any(cast(?1 as bigint[])) order by tag")
        .setParameter(1, in));
    return NativeSql.rows(
        em.createNativeQuery(
                "select a.id, a.type, a.actor_id, coalesce(a.community_id, parent.community_id), a.parent_id, a.text,"
                    + " a.question, a.created_at, a.reaction_count, a.comment_count,"
                    + " coalesce(parent.accepted_answer_id = a.id, false)"
                    + SEARCHABLE + " and a.id = any(cast(?1 as bigint[]))")
            .setParameter(1, in),
        r -> {
          long id = r.nextLong();
          return new ActivitySummary(id, ActivityType.valueOf(r.nextText()), r.nextLong(), r.nextLongOrNull(),
              r.nextLongOrNull(), r.nextText(), r.nextBoolean(), r.nextInstant(), r.nextLong(), r.nextLong(),
              r.nextBoolean(), tags.getOrDefault(id, List.of()));
        });
  }

  /** Up to {@code limit} ids of searchable posts and comments after {@code afterId}, in order. */
  public List<Long> searchableIdsAfter(long afterId, int limit) {
    return NativeSql.rows(
        em.createNativeQuery("select a.id" + SEARCHABLE + " and a.id > ?1 order by a.id limit ?2")
            .setParameter(1, afterId)
            .setParameter(2, limit),
        NativeSql.Row::nextLong);
  }

  /** How many posts and comments are searchable, leaving out those in these communities. */
  public long searchableCount(Collection<Long> leftOutCommunityIds) {
    return ((Number) em.createNativeQuery("select count(*)" + SEARCHABLE
                + " and coalesce(a.community_id, parent.community_id, 0) <> all(cast(?1 as bigint[]))")
            .setParameter(1, NativeSql.ids(leftOutCommunityIds))
            .getSingleResult())
        .longValue();
  }

  /**
   * Posts and comments ({@code a}) with one of the tags in ?1 that a reader of the communities in ?2
   * may read, after {@code join}.
   */
  private static String taggedAndReadable(String join) {
    return " from activity a " + join + " join activity_tag t on t.activity_id = a.id"
        + " left join activity parent on parent.id = a.parent_id"
        + " where a.type in ('POST', 'COMMENT') and a.deleted_at is null and (parent.id is null or parent.deleted_at is null)"
        + " and t.tag = any(cast(?1 as varchar[]))"
        + " and (coalesce(a.community_id, parent.community_id) is null"
        + " or coalesce(a.community_id, parent.community_id) = any(cast(?2 as bigint[])))";
  }

  /** Per author, the posts and comments with one of these tags that a reader of these communities may read. */
  public List<AuthorActivity> taggedByAuthor(Collection<String> tags, Collection<Long> readableCommunityIds) {
    return NativeSql.rows(
        em.createNativeQuery("select a.actor_id, count(distinct a.id), max(a.created_at)" + taggedAndReadable("")
                + " group by a.actor_id")
            .setParameter(1, NativeSql.texts(tags))
            .setParameter(2, NativeSql.ids(readableCommunityIds)),
        r -> new AuthorActivity(r.nextLong(), r.nextLong(), r.nextInstant()));
  }

  /** Per author, the accepted answers to such questions (the answer itself not deleted). */
  public Map<Long, Long> acceptedAnswersByAuthor(Collection<String> tags, Collection<Long> readableCommunityIds) {
    return NativeSql.counts(em.createNativeQuery("select answer.actor_id, count(distinct answer.id)"
                + taggedAndReadable("join activity answer on answer.id = a.accepted_answer_id and answer.deleted_at is null")
                + " group by answer.actor_id")
        .setParameter(1, NativeSql.texts(tags))
        .setParameter(2, NativeSql.ids(readableCommunityIds)));
  }

  /** Such posts and comments by these authors, newest first. */
  public List<TaggedActivity> newestTagged(Collection<String> tags, Collection<Long> readableCommunityIds, Collection<Long> actorIds) {
    return NativeSql.rows(
        em.createNativeQuery("select distinct a.actor_id, a.id, coalesce(a.parent_id, a.id), a.type" + taggedAndReadable("")
                + " and a.actor_id = any(cast(?3 as bigint[])) order by a.id desc")
            .setParameter(1, NativeSql.texts(tags))
            .setParameter(2, NativeSql.ids(readableCommunityIds))
            .setParameter(3, NativeSql.ids(actorIds)),
        r -> new TaggedActivity(r.nextLong(), r.nextLong(), r.nextLong(), ActivityType.valueOf(r.nextText())));
  }

  /** The activities among {@code ids} that are not deleted, by id, with their author, HTML and time. */
  public Map<Long, PostContent> notDeleted(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return NativeSql.rows(
            em.createNativeQuery("select id, actor_id, html, created_at from activity"
                    + " where id = any(cast(?1 as bigint[])) and deleted_at is null")
                .setParameter(1, NativeSql.ids(ids)),
            r -> new PostContent(r.nextLong(), r.nextLong(), r.nextText(), r.nextInstant()))
        .stream()
        .collect(Collectors.toMap(PostContent::id, Function.identity()));
  }
}
