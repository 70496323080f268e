package org.agora.bookmarks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.bookmarks.entity.BookmarkSummary;
import org.agora.bookmarks.entity.BookmarkVisibility;
import org.agora.platform.boundary.NativeSql;

/**
 * Bookmarks by the batch, for read models that other modules build (search): whatever the reader,
 * so callers apply the visibility rule themselves ({@link Bookmarks} says what it is).
 */
@ApplicationScoped
@Transactional
public class BookmarkSummaries {

  @PersistenceContext EntityManager em;

  public List<BookmarkSummary> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = NativeSql.ids(ids);
    Map<Long, List<String>> tags = NativeSql.grouped(em.createNativeQuery(
            "select bookmark_id, tag from bookmark_tag where bookmark_id = any(cast(?1 as bigint[])) order by tag")
        .setParameter(1, in));
    return NativeSql.rows(
        em.createNativeQuery(
                "select b.id, b.person_id, b.title, b.description, b.visibility, b.community_id, l.url, l.host,"
                    + " b.created_at, b.hidden_at is not null"
                    + " from bookmark b join link l on l.id = b.link_id where b.id = any(cast(?1 as bigint[]))")
            .setParameter(1, in),
        r -> {
          long id = r.nextLong();
          return new BookmarkSummary(id, r.nextLong(), r.nextText(), r.nextText(), BookmarkVisibility.valueOf(r.nextText()),
              r.nextLongOrNull(), r.nextText(), r.nextText(), r.nextInstant(), r.nextBoolean(), tags.getOrDefault(id, List.of()));
        });
  }

  /** Up to {@code limit} bookmark ids after {@code afterId}, in order. */
  public List<Long> idsAfter(long afterId, int limit) {
    return NativeSql.rows(
        em.createNativeQuery("select id from bookmark where id > ?1 order by id limit ?2")
            .setParameter(1, afterId)
            .setParameter(2, limit),
        NativeSql.Row::nextLong);
  }

  public long count() {
    return ((Number) em.createNativeQuery("select count(*) from bookmark").getSingleResult()).longValue();
  }

  /** Bookmarks ({@code b}) with one of the tags in ?1, not hidden, that a reader of the communities in ?2 may see. */
  private static final String TAGGED_AND_VISIBLE =
      " from bookmark b join bookmark_tag t on t.bookmark_id = b.id"
          + " where t.tag = any(cast(?1 as varchar[])) and b.hidden_at is null and (b.visibility = 'PUBLIC'"
          + " or (b.visibility = 'COMMUNITY' and b.community_id = any(cast(?2 as bigint[]))))";

  /** Per owner, their bookmarks with one of these tags that a reader of these communities may see. */
  public Map<Long, Long> taggedByOwner(Collection<String> tags, Collection<Long> readableCommunityIds) {
    return NativeSql.counts(em.createNativeQuery("select b.person_id, count(distinct b.id)" + TAGGED_AND_VISIBLE
                + " group by b.person_id")
        .setParameter(1, NativeSql.texts(tags))
        .setParameter(2, NativeSql.ids(readableCommunityIds)));
  }

  /** The ids of such bookmarks of these owners, by owner, newest first. */
  public Map<Long, List<Long>> newestTagged(Collection<String> tags, Collection<Long> readableCommunityIds, Collection<Long> ownerIds) {
    Map<Long, List<Long>> byOwner = new LinkedHashMap<>();
    NativeSql.rows(
            em.createNativeQuery("select distinct b.person_id, b.id" + TAGGED_AND_VISIBLE
                    + " and b.person_id = any(cast(?3 as bigint[])) order by b.id desc")
                .setParameter(1, NativeSql.texts(tags))
                .setParameter(2, NativeSql.ids(readableCommunityIds))
                .setParameter(3, NativeSql.ids(ownerIds)),
            r -> Map.entry(r.nextLong(), r.nextLong()))
        .forEach(e -> byOwner.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return byOwner;
  }
}
