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

/**
 * The bookmarks index. Its audience follows {@code Bookmarks}' rule: public bookmarks for every
 * colleague, community bookmarks for that community's readers, and each bookmark for its owner
 * (private ones for nobody else).
 */
@ApplicationScoped
public class BookmarksIndex implements IndexDefinition {

  public static final String TYPE = "bookmark";

  @PersistenceContext EntityManager em;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String alias() {
    return "agora-bookmarks";
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
    Map<Long, List<String>> tags =
        Rows.grouped(em, "select bookmark_id, tag from bookmark_tag where bookmark_id = any(cast(?1 as bigint[])) order by tag", in);
    List<Object[]> rows =
        em.createNativeQuery(
                "select b.id, b.person_id, p.display_name, d.name, b.title, b.description, b.visibility,"
                    + " b.community_id, c.name, l.url, l.host, b.created_at, b.hidden_at is not null"
                    + " from bookmark b join link l on l.id = b.link_id join person p on p.id = b.person_id"
                    + " left join department d on d.id = p.department_id left join community c on c.id = b.community_id"
                    + " where b.id = any(cast(?1 as bigint[]))")
            .setParameter(1, in)
            .getResultList();
    Map<Long, Object> documents = new LinkedHashMap<>();
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      // A bookmark hidden by a moderator stays findable by its owner only.
      boolean hidden = (Boolean) r[12];
      Long communityId = r[7] == null || hidden ? null : ((Number) r[7]).longValue();
      documents.put(
          id,
          SearchDocument.of(TYPE, id)
              .with("title", r[4])
              .with("body", r[5])
              .with("author_id", ((Number) r[1]).longValue())
              .with("author", r[2])
              .with("department", r[3])
              .with("visibility", ((String) r[6]).toLowerCase(Locale.ROOT))
              .with("community", r[8])
              .with("link", r[9])
              .with("host", r[10])
              .with("tags", tags.getOrDefault(id, List.of()))
              .with("date", NativeSql.instant(r[11]))
              .with("url", "/api/v1/bookmarks/" + id)
              .audience("PUBLIC".equals(r[6]) && !hidden, communityId, ((Number) r[1]).longValue())
              .build());
    }
    return documents;
  }

  @Override
  public List<Long> idsAfter(long afterId, int limit) {
    return Rows.ids(em, "select id from bookmark where id > ?1 order by id", afterId, limit);
  }

  @Override
  public long databaseCount() {
    return Rows.count(em, "select count(*) from bookmark");
  }

  @Override
  public SearchItem item(long id, JsonObject source, String snippet) {
    return new SearchItem(
        TYPE,
        id,
        source.getString("title", ""),
        source.getString("host", "") + " · saved by " + source.getString("author", ""),
        snippet != null ? snippet : Snippets.plain(source.getString("body", null)),
        source.getString("url", null),
        null,
        Rows.instant(source));
  }
}
