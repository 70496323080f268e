package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.platform.boundary.NativeSql;
import org.agora.search.entity.SearchItem;

/**
 * The activities index: posts and comments that are not deleted (nor is their post). Profile posts
 * are {@code public}; community content carries its {@code community_id} and is seen by exactly
 * the readers of that community ({@code CommunityAccess.readableCommunityIds}), decided at query
 * time, so a community that changes visibility needs no reindex.
 */
@ApplicationScoped
public class ActivitiesIndex implements IndexDefinition {

  public static final String POST = "post";
  public static final String COMMENT = "comment";
  static final int MAX_BODY = 10_000;

  @PersistenceContext EntityManager em;

  @Override
  public String type() {
    return POST;
  }

  @Override
  public List<String> types() {
    return List.of(POST, COMMENT);
  }

  @Override
  public String alias() {
    return "agora-activities";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Set<String> aggregateTypes() {
    return Set.of("activity");
  }

  /** The activity, and when a post is deleted or edited, its comments too (they inherit its fate). */
  @Override
  public Set<Long> affectedIds(String aggregateType, long aggregateId) {
    return affectedIds(aggregateType, List.of(aggregateId)).get(aggregateId);
  }

  /** The same for a batch, with one query for the comments of all of them. */
  @Override
  @SuppressWarnings("unchecked")
  public Map<Long, Set<Long>> affectedIds(String aggregateType, Collection<Long> aggregateIds) {
    Map<Long, Set<Long>> affected = new LinkedHashMap<>();
    aggregateIds.forEach(id -> affected.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(id));
    if (aggregateIds.isEmpty()) {
      return affected;
    }
    List<Object[]> comments =
        em.createNativeQuery("select parent_id, id from activity where parent_id = any(cast(?1 as bigint[])) order by id")
            .setParameter(1, NativeSql.ids(aggregateIds))
            .getResultList();
    comments.forEach(c -> affected.get(((Number) c[0]).longValue()).add(((Number) c[1]).longValue()));
    return affected;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<Long, Object> documents(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    String in = NativeSql.ids(ids);
    Map<Long, List<String>> tags =
        Rows.grouped(em, "select activity_id, tag from activity_tag where activity_id = any(cast(?1 as bigint[])) order by tag", in);
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.id, a.type, a.actor_id, p.display_name, d.name, coalesce(a.community_id, parent.community_id),"
                    + " c.name, a.parent_id, a.text, a.question, a.created_at, a.reaction_count, a.comment_count,"
                    + " coalesce(parent.accepted_answer_id = a.id, false)"
                    + " from activity a join person p on p.id = a.actor_id"
                    + " left join department d on d.id = p.department_id"
                    + " left join activity parent on parent.id = a.parent_id"
                    + " left join community c on c.id = coalesce(a.community_id, parent.community_id)"
                    + " where a.id = any(cast(?1 as bigint[])) and a.type in ('POST', 'COMMENT') and a.deleted_at is null"
                    + " and (parent.id is null or parent.deleted_at is null) and c.deleted_at is null")
            .setParameter(1, in)
            .getResultList();
    Map<Long, Object> documents = new LinkedHashMap<>();
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      boolean comment = "COMMENT".equals(r[1]);
      Long communityId = r[5] == null ? null : ((Number) r[5]).longValue();
      Long parentId = r[7] == null ? null : ((Number) r[7]).longValue();
      String text = (String) r[8];
      documents.put(
          id,
          SearchDocument.of(comment ? COMMENT : POST, id)
              .with("title", titleOf(text))
              .with("body", text == null || text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY))
              .with("author_id", ((Number) r[2]).longValue())
              .with("author", r[3])
              .with("department", r[4])
              .with("community", r[6])
              .with("parent_id", parentId)
              .with("question", Boolean.TRUE.equals(r[9]))
              .with("accepted_answer", Boolean.TRUE.equals(r[13]))
              .with("tags", tags.getOrDefault(id, List.of()))
              .with("date", NativeSql.instant(r[10]))
              .with("reactions", ((Number) r[11]).longValue())
              .with("comments", ((Number) r[12]).longValue())
              .with("url", "/api/v1/posts/" + (comment ? parentId : id))
              .audience(communityId == null, communityId, null)
              .build());
    }
    return documents;
  }

  /** The first line of the text, shortened: posts have no title of their own. */
  static String titleOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String line = text.strip().lines().findFirst().orElse("").replaceAll("^[#>*\\-\\s]+", "");
    return line.length() > 120 ? line.substring(0, 119) + "…" : line;
  }

  @Override
  public List<Long> idsAfter(long afterId, int limit) {
    return Rows.ids(em, "select a.id from activity a " + SEARCHABLE + " and a.id > ?1 order by a.id", afterId, limit);
  }

  @Override
  public long databaseCount() {
    return Rows.count(em, "select count(*) from activity a " + SEARCHABLE);
  }

  /** What belongs in the index, in SQL; {@link #documents} applies the same rule row by row. */
  static final String SEARCHABLE =
      "left join activity parent on parent.id = a.parent_id"
          + " left join community c on c.id = coalesce(a.community_id, parent.community_id)"
          + " where a.type in ('POST', 'COMMENT') and a.deleted_at is null"
          + " and (parent.id is null or parent.deleted_at is null) and c.deleted_at is null";

  @Override
  public SearchItem item(long id, JsonObject source, String snippet) {
    String community = source.getString("community", null);
    String author = source.getString("author", "");
    String kind = source.getString("type", POST);
    // Language-neutral: the hit's type says "post" or "comment" in the reader's language.
    String subtitle = author + (community == null ? "" : " · " + community);
    return new SearchItem(
        kind,
        id,
        source.getString("title", ""),
        subtitle,
        snippet != null ? snippet : Snippets.plain(source.getString("body", null)),
        source.getString("url", null),
        null,
        Rows.instant(source));
  }
}
