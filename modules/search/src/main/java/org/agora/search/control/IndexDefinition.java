package org.agora.search.control;

import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.search.entity.SearchItem;
import org.agora.search.entity.Suggestion;

/**
 * Everything search needs to know about one kind of thing: where it is indexed and how, how its
 * documents are loaded from PostgreSQL, which outbox events change them, how it is searched and
 * shown, and who may see what. People, communities, posts and bookmarks each add one bean.
 *
 * <p>Documents of every index share the fields {@link SearchDocument} writes, so that one query and
 * one visibility filter ({@link QueryComposer#audience}) span them all.
 */
public interface IndexDefinition {

  /** The main search type, such as {@code person}: the {@code type=} filter and the {@code type} facet. */
  String type();

  /** Every search type this index holds (activities hold posts and comments). */
  default List<String> types() {
    return List.of(type());
  }

  /** The alias searches and writes go through, such as {@code agora-people}. */
  String alias();

  /** The version of the mapping; a new version gets a new index, filled by a reindex. */
  int version();

  /** The index a fresh installation creates behind the alias, such as {@code agora-people-v1}. */
  default String versionedName() {
    return alias() + "-v" + version();
  }

  /** The class-path resource with the index's settings and mappings. */
  default String mappingResource() {
    return "/search/" + versionedName() + ".json";
  }

  /** The outbox aggregate types whose events change documents of this index. */
  default Set<String> aggregateTypes() {
    return Set.of(type());
  }

  /** The ids of the documents an event about this aggregate changes. */
  default Set<Long> affectedIds(String aggregateType, long aggregateId) {
    return aggregateType.equals(type()) ? Set.of(aggregateId) : Set.of();
  }

  /**
   * {@link #affectedIds(String, long)} for a whole batch of aggregates, by aggregate id. Definitions
   * that ask the database override it with one query, so a relay batch costs no query per row.
   */
  default Map<Long, Set<Long>> affectedIds(String aggregateType, Collection<Long> aggregateIds) {
    Map<Long, Set<Long>> affected = new LinkedHashMap<>();
    aggregateIds.forEach(id -> affected.put(id, affectedIds(aggregateType, id)));
    return affected;
  }

  /**
   * The current documents for these ids, read from PostgreSQL in the caller's transaction. An id
   * without a document (gone, deactivated, hidden for good) is deleted from the index.
   */
  Map<Long, Object> documents(Collection<Long> ids);

  /** Up to {@code limit} ids of everything that belongs in the index, after {@code afterId}, in order. */
  List<Long> idsAfter(long afterId, int limit);

  /** How many documents the database says belong in the index. */
  long databaseCount();

  /** The hit as the API shows it; {@code snippet} is the highlighted fragment, if any matched. */
  SearchItem item(long id, JsonObject source, String snippet);

  /** Whether the index has a {@code suggest} completion field (with an {@code audience} context). */
  default boolean suggests() {
    return false;
  }

  /** A type-ahead completion from a document's source. */
  default Suggestion suggestion(long id, JsonObject source, String text) {
    return new Suggestion(type(), id, text, null);
  }
}
