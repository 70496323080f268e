package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.platform.boundary.NativeSql;
import org.agora.search.entity.SearchItem;
import org.agora.search.entity.Suggestion;

/**
 * The communities index. Public and restricted communities are seen by every colleague (their
 * content is not: that is the activity index's business); a secret community only by its members,
 * so its document is not {@code public} and its completion lives in its own context.
 */
@ApplicationScoped
public class CommunitiesIndex implements IndexDefinition {

  public static final String TYPE = "community";

  @PersistenceContext EntityManager em;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String alias() {
    return "agora-communities";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<Long, Object> documents(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    String in = NativeSql.ids(ids);
    Map<Long, List<String>> tags = Rows.grouped(em, "select community_id, tag from community_tag where community_id = any(cast(?1 as bigint[])) order by tag", in);
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.id, c.name, c.description, c.visibility, c.category, c.created_at,"
                    + " (select count(*) from membership m where m.community_id = c.id and m.state = 'ACTIVE')"
                    + " from community c where c.id = any(cast(?1 as bigint[])) and c.deleted_at is null")
            .setParameter(1, in)
            .getResultList();
    Map<Long, Object> documents = new LinkedHashMap<>();
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      String name = (String) r[1];
      boolean secret = "SECRET".equals(r[3]);
      documents.put(
          id,
          SearchDocument.of(TYPE, id)
              .with("title", name)
              .with("body", r[2])
              .with("visibility", ((String) r[3]).toLowerCase(Locale.ROOT))
              .with("category", r[4])
              .with("community", name)
              .with("tags", tags.getOrDefault(id, List.of()))
              .with("date", NativeSql.instant(r[5]))
              .with("members", ((Number) r[6]).longValue())
              .with("url", "/api/v1/communities/" + id)
              .audience(!secret, id, null)
              .suggest(
                  PeopleIndex.completionInputs(name),
                  (int) Math.min(((Number) r[6]).longValue(), Integer.MAX_VALUE),
                  secret ? String.valueOf(id) : SearchDocument.EVERYONE)
              .build());
    }
    return documents;
  }

  @Override
  public List<Long> idsAfter(long afterId, int limit) {
    return Rows.ids(em, "select id from community where deleted_at is null and id > ?1 order by id", afterId, limit);
  }

  @Override
  public long databaseCount() {
    return Rows.count(em, "select count(*) from community where deleted_at is null");
  }

  @Override
  public SearchItem item(long id, JsonObject source, String snippet) {
    String category = source.getString("category", null);
    String visibility = source.getString("visibility", "");
    return new SearchItem(
        TYPE,
        id,
        source.getString("title", ""),
        category == null ? visibility + " community" : visibility + " community · " + category,
        snippet != null ? snippet : Snippets.plain(source.getString("body", null)),
        source.getString("url", null),
        null,
        Rows.instant(source));
  }

  @Override
  public boolean suggests() {
    return true;
  }

  @Override
  public Suggestion suggestion(long id, JsonObject source, String text) {
    return new Suggestion(TYPE, id, source.getString("title", text), "/api/v1/communities/" + id);
  }
}
