package org.agora.search.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.agora.search.entity.SearchItem;

/**
 * What the indexes have in common: their names, documents built one by one from the summaries the
 * owning module hands out for a batch of ids (search reads no other module's tables), and hits
 * shown from the fields every document has.
 */
abstract class SummaryIndex implements IndexDefinition {

  private final String type;
  private final String alias;

  SummaryIndex(String type, String alias) {
    this.type = type;
    this.alias = alias;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public String alias() {
    return alias;
  }

  @Override
  public int version() {
    return 3;
  }

  /** The documents of these summaries by id; a summary without one ({@code null}) leaves the index. */
  static <S> Map<Long, Object> documents(Collection<S> summaries, ToLongFunction<S> id, Function<S, Object> document) {
    Map<Long, Object> documents = new LinkedHashMap<>();
    for (S summary : summaries) {
      Object built = document.apply(summary);
      if (built != null) {
        documents.put(id.applyAsLong(summary), built);
      }
    }
    return documents;
  }

  /**
   * A hit as the API shows it: title, image and date from the document, its body (or {@code
   * bodyOtherwise}) when no highlight matched, and {@code url} (the document's own when null).
   */
  static SearchItem item(
      String kind, long id, JsonObject source, String snippet, String subtitle, String bodyOtherwise, String url) {
    String date = source.getString("date", null);
    return new SearchItem(
        kind,
        id,
        source.getString("title", ""),
        subtitle,
        snippet != null ? snippet : Snippets.plain(source.getString("body", bodyOtherwise)),
        url != null ? url : source.getString("url", null),
        source.getString("image", null),
        date == null ? null : Instant.parse(date));
  }

  /** The ids of every summary, for the owners' lookups of a batch. */
  static <S, T> List<T> each(Collection<S> summaries, Function<S, T> field) {
    return summaries.stream().map(field).filter(java.util.Objects::nonNull).distinct().toList();
  }
}
