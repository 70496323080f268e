package org.agora.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every document of a running Agora's four search aliases, as stored (its {@code _source}), and
 * which of them a judgment's {@link Judgments.Reference} names.
 */
final class RelevanceCorpus {

  /** The aliases Agora searches, by the short name the mappings use (agora-NAME-vN.json). */
  static final Map<String, String> ALIASES = Map.of(
      "activities", "agora-activities", "people", "agora-people",
      "communities", "agora-communities", "bookmarks", "agora-bookmarks");

  record Document(String id, Map<String, Object> source) {
    String key() {
      return String.valueOf(source.get("key"));
    }

    String field(String name) {
      Object value = source.get(name);
      return value == null ? "" : value.toString();
    }
  }

  /** The documents by the short name of their index. */
  final Map<String, List<Document>> byIndex;

  private RelevanceCorpus(Map<String, List<Document>> byIndex) {
    this.byIndex = byIndex;
  }

  static RelevanceCorpus read(ElasticsearchClient client) throws IOException {
    Map<String, List<Document>> byIndex = new LinkedHashMap<>();
    for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
      byIndex.put(alias.getKey(), all(client, alias.getValue()));
    }
    return new RelevanceCorpus(byIndex);
  }

  /** Every document of one alias, paged by key (search_after). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Document> all(ElasticsearchClient client, String alias) throws IOException {
    List<Document> documents = new ArrayList<>();
    String after = null;
    while (true) {
      String from = after;
      SearchResponse<Map> page = client.search(s -> {
        s.index(alias).size(1000).query(q -> q.matchAll(m -> m)).sort(o -> o.field(f -> f.field("key").order(SortOrder.Asc)));
        if (from != null) {
          s.searchAfter(FieldValue.of(from));
        }
        return s;
      }, Map.class);
      for (Hit<Map> hit : page.hits().hits()) {
        documents.add(new Document(hit.id(), (Map<String, Object>) hit.source()));
      }
      if (page.hits().hits().size() < 1000) {
        return documents;
      }
      after = documents.getLast().key();
    }
  }

  int size() {
    return byIndex.values().stream().mapToInt(List::size).sum();
  }

  /** The keys of the documents a reference names; several when the same text was posted or bookmarked more than once. */
  Set<String> keysOf(Judgments.Reference reference) {
    Set<String> keys = new HashSet<>();
    for (List<Document> documents : byIndex.values()) {
      for (Document d : documents) {
        if (names(d, reference)) {
          keys.add(d.key());
        }
      }
    }
    return keys;
  }

  private static boolean names(Document d, Judgments.Reference reference) {
    String type = d.field("type");
    return switch (reference.type()) {
      case "post" -> type.equals("post") && firstLine(d.field("body")).equals(reference.name());
      case "person" -> type.equals("person") && d.field("username").equals(reference.name());
      default -> type.equals(reference.type()) && d.field("title").equals(reference.name());
    };
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
