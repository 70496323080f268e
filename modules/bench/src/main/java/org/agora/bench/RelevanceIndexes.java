package org.agora.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One set of the relevance benchmark's own indexes ({@code relevance-<set>-<name>}) in the demo
 * Agora's Elasticsearch, made from a set of mappings and loaded with the same documents as the other
 * set, so the two differ only in analysis and query.
 */
final class RelevanceIndexes implements AutoCloseable {

  private final ElasticsearchClient client;
  private final String set;
  private final List<String> names = new ArrayList<>();

  private RelevanceIndexes(ElasticsearchClient client, String set) {
    this.client = client;
    this.set = set;
  }

  /**
   * Creates the set's indexes from the class path: {@code <folder>/agora-<name>-v<version>.json},
   * the newest of {@code versions} that exists.
   */
  static RelevanceIndexes create(ElasticsearchClient client, String set, String folder, List<Integer> versions,
      RelevanceCorpus corpus) throws IOException {
    RelevanceIndexes indexes = new RelevanceIndexes(client, set);
    try {
      for (Map.Entry<String, List<RelevanceCorpus.Document>> documents : corpus.byIndex.entrySet()) {
        indexes.create(documents.getKey(), mapping(folder, documents.getKey(), versions));
        indexes.load(documents.getKey(), documents.getValue());
      }
      client.indices().refresh(r -> r.index(indexes.names));
      return indexes;
    } catch (IOException | RuntimeException e) {
      indexes.close();
      throw e;
    }
  }

  List<String> names() {
    return names;
  }

  private static String mapping(String folder, String name, List<Integer> versions) throws IOException {
    for (int version : versions) {
      try (InputStream in = RelevanceIndexes.class.getResourceAsStream(folder + "/agora-" + name + "-v" + version + ".json")) {
        if (in != null) {
          System.out.printf("  %s: %s/agora-%s-v%d.json%n", name, folder, name, version);
          // Not strict: a source written by a newer mapping may carry fields this one lacks; they are kept, not indexed.
          return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"dynamic\": \"strict\"", "\"dynamic\": false");
        }
      }
    }
    throw new IllegalStateException("no mapping for " + name + " in " + folder + " (versions " + versions + ")");
  }

  private void create(String name, String mapping) throws IOException {
    String index = "relevance-" + set + "-" + name;
    if (client.indices().exists(e -> e.index(index)).value()) {
      client.indices().delete(d -> d.index(index));
    }
    client.indices().create(c -> c.index(index).withJson(new ByteArrayInputStream(mapping.getBytes(StandardCharsets.UTF_8))));
    names.add(index);
  }

  private void load(String name, List<RelevanceCorpus.Document> documents) throws IOException {
    String index = "relevance-" + set + "-" + name;
    for (int from = 0; from < documents.size(); from += 500) {
      BulkRequest.Builder bulk = new BulkRequest.Builder();
      for (RelevanceCorpus.Document d : documents.subList(from, Math.min(documents.size(), from + 500))) {
        bulk.operations(o -> o.index(i -> i.index(index).id(d.id()).document(d.source())));
      }
      BulkResponse response = client.bulk(bulk.build());
      if (response.errors()) {
        throw new IllegalStateException("loading " + index + ": " + response.items().stream()
            .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
      }
    }
  }

  /** Deletes the set's indexes. */
  @Override
  public void close() throws IOException {
    if (!names.isEmpty()) {
      client.indices().delete(d -> d.index(names).ignoreUnavailable(true));
    }
  }
}
