package org.agora.search.control;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JSON source of one document. Every index shares the same core fields, so one query
 * and one visibility filter span them all: {@code type}, {@code id}, {@code key} (type:id, the
 * paging tie-breaker), {@code date}, and the audience: {@code public} (every colleague may see it),
 * {@code community_id} (members of that community may) and {@code owner_id} (its owner may).
 */
final class SearchDocument {

  /** The completion context of things every colleague may see. */
  static final String EVERYONE = "public";

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private SearchDocument(String type, long id) {
    fields.put("type", type);
    fields.put("id", id);
    fields.put("key", type + ":" + id);
  }

  static SearchDocument of(String type, long id) {
    return new SearchDocument(type, id);
  }

  /** Sets a field unless the value is null or an empty collection: absent fields stay absent. */
  SearchDocument with(String field, Object value) {
    if (value instanceof Instant instant) {
      value = instant.toString();
    }
    if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
      fields.put(field, value);
    }
    return this;
  }

  /** Who may see it: everyone, the members of a community, or only its owner. */
  SearchDocument audience(boolean everyone, Long communityId, Long ownerId) {
    fields.put("public", everyone);
    return with("community_id", communityId).with("owner_id", ownerId);
  }

  /**
   * The type-ahead entry; its context is {@link #EVERYONE} or the community whose members alone may
   * see it, so completions are filtered by audience exactly like hits.
   */
  SearchDocument suggest(List<String> inputs, int weight, String context) {
    fields.put("suggest", Map.of("input", inputs, "weight", weight, "contexts", Map.of("audience", List.of(context))));
    return this;
  }

  Map<String, Object> build() {
    return fields;
  }
}
