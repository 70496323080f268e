package org.agora.communities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.communities.entity.CommunitySummary;
import org.agora.communities.entity.Visibility;
import org.agora.platform.boundary.NativeSql;

/**
 * Communities by the batch, for read models that other modules build (search): whatever the
 * reader, so callers apply their own visibility rules. Deleted communities are left out.
 */
@ApplicationScoped
@Transactional
public class CommunitySummaries {

  @PersistenceContext EntityManager em;

  /** The communities among {@code ids} that are not deleted. */
  public List<CommunitySummary> live(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = NativeSql.ids(ids);
    Map<Long, List<String>> tags = NativeSql.grouped(em.createNativeQuery(
            "select community_id, tag from community_tag where community_id = any(cast(?1 as bigint[])) order by tag")
        .setParameter(1, in));
    return NativeSql.rows(
        em.createNativeQuery(
                "select c.id, c.name, c.description, c.visibility, c.category, c.created_at,"
                    + " (select count(*) from membership m where m.community_id = c.id and m.state = 'ACTIVE')"
                    + " from community c where c.id = any(cast(?1 as bigint[])) and c.deleted_at is null")
            .setParameter(1, in),
        r -> {
          long id = r.nextLong();
          return new CommunitySummary(id, r.nextText(), r.nextText(), Visibility.valueOf(r.nextText()), r.nextText(),
              r.nextInstant(), r.nextLong(), tags.getOrDefault(id, List.of()));
        });
  }

  /** The names of the communities among {@code ids} that are not deleted, by id. */
  public Map<Long, String> liveNames(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    NativeSql.rows(
            em.createNativeQuery("select id, name from community where id = any(cast(?1 as bigint[])) and deleted_at is null")
                .setParameter(1, NativeSql.ids(ids)),
            r -> Map.entry(r.nextLong(), r.nextText()))
        .forEach(e -> names.put(e.getKey(), e.getValue()));
    return names;
  }

  /** The ids of deleted communities: content in them is gone with them. */
  public List<Long> deletedIds() {
    return em.createQuery("select c.id from Community c where c.deletedAt is not null", Long.class).getResultList();
  }

  /** Up to {@code limit} ids of communities that are not deleted, after {@code afterId}, in order. */
  public List<Long> liveIdsAfter(long afterId, int limit) {
    return em.createQuery("select c.id from Community c where c.deletedAt is null and c.id > :after order by c.id", Long.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  public long liveCount() {
    return em.createQuery("select count(c) from Community c where c.deletedAt is null", Long.class).getSingleResult();
  }
}
