package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import org.agora.activity.entity.FeedFilter;

/**
 * The feed reads, as keyset queries over the partial indexes of {@code activity}: newest first,
 * ids below the cursor. Every query carries the reader's visibility rule (items without a
 * community, or in a community the reader may read), so nothing hidden is ever fetched.
 *
 * <p>The home feed pulls from each source it follows (people, communities, tags) with a small
 * lateral index probe per source, each limited to one page, and merges those. Its cost grows with
 * the number of sources times the page size, not with the size of the table; see
 * docs/activity.md for the measurement against the naive {@code IN (...) ORDER BY} query.
 */
@ApplicationScoped
public class FeedQueries {

  static final String TOP_LEVEL = FeedSql.TOP_LEVEL;

  @PersistenceContext EntityManager em;

  /** Ids of the reader's home feed page; {@code readable} are the communities they may read. */
  public List<Long> home(
      Collection<Long> people, Collection<Long> communities, Collection<String> tags,
      Collection<Long> readable, FeedFilter filter, long before, int limit) {
    return homeIds(FeedSql.home(readable, filter), people, communities, tags, before, limit);
  }

  /** A page of the reader's stored timeline; shorter than asked when the stored part runs out. */
  public List<Long> homeTimeline(long readerId, Collection<Long> readable, FeedFilter filter, long before, int limit) {
    return ids(
        em.createNativeQuery(FeedSql.homeTimeline(readable, filter))
            .setParameter(1, before)
            .setParameter(2, limit)
            .setParameter(3, readerId));
  }

  private List<Long> homeIds(
      String sql, Collection<Long> people, Collection<Long> communities, Collection<String> tags, long before, int limit) {
    return ids(
        em.createNativeQuery(sql)
            .setParameter(1, before)
            .setParameter(2, limit)
            .setParameter(3, FeedSql.ids(people))
            .setParameter(4, FeedSql.ids(communities))
            .setParameter(5, FeedSql.texts(tags)));
  }

  public List<Long> community(long communityId, FeedFilter filter, long before, int limit) {
    return ids(
        em.createNativeQuery(
                "select a.id from activity a where a.community_id = ?3 and" + TOP_LEVEL
                    + " and a.id < ?1" + filter.sql("a") + " order by a.id desc limit ?2")
            .setParameter(1, before)
            .setParameter(2, limit)
            .setParameter(3, communityId));
  }

  public List<Long> person(long personId, Collection<Long> readable, FeedFilter filter, long before, int limit) {
    return ids(
        em.createNativeQuery(
                "select a.id from activity a where a.actor_id = ?3 and" + TOP_LEVEL + " and a.id < ?1"
                    + visibleSql("a", readable) + filter.sql("a") + " order by a.id desc limit ?2")
            .setParameter(1, before)
            .setParameter(2, limit)
            .setParameter(3, personId));
  }

  public List<Long> tag(String tag, Collection<Long> readable, FeedFilter filter, long before, int limit) {
    return ids(
        em.createNativeQuery(
                "select a.id from activity_tag t join activity a on a.id = t.activity_id where t.tag = ?3 and"
                    + TOP_LEVEL + " and t.activity_id < ?1" + visibleSql("a", readable) + filter.sql("a")
                    + " order by t.activity_id desc limit ?2")
            .setParameter(1, before)
            .setParameter(2, limit)
            .setParameter(3, tag));
  }

  /** Comments of a post after {@code afterId}, oldest first (threads read top-down). */
  public List<Long> thread(long postId, long afterId, int limit) {
    return ids(
        em.createNativeQuery(
                "select a.id from activity a where a.parent_id = ?1 and a.id > ?2 and a.deleted_at is null"
                    + " order by a.id limit ?3")
            .setParameter(1, postId)
            .setParameter(2, afterId)
            .setParameter(3, limit));
  }

  /**
   * The newest {@code perPost} comments of each post, one query for a whole feed page; the ids
   * come oldest first within a post, as a thread reads.
   */
  public List<Long> latestComments(Collection<Long> postIds, int perPost) {
    return ids(
        em.createNativeQuery(
                "select id from (select a.id, a.parent_id, row_number() over (partition by a.parent_id order by a.id desc) n"
                    + " from activity a where a.parent_id = any(cast(?1 as bigint[])) and a.deleted_at is null) latest"
                    + " where n <= ?2 order by parent_id, id")
            .setParameter(1, Audience.idArray(postIds))
            .setParameter(2, perPost));
  }

  static String visibleSql(String a, Collection<Long> readable) {
    return FeedSql.visible(a, readable);
  }

  @SuppressWarnings("unchecked")
  private static List<Long> ids(Query query) {
    return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
  }
}
