package org.agora.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Writes the current state of documents with one bulk request. Each document carries an external
 * version (the id of the newest outbox row it reflects), so when two nodes race, an older state
 * never overwrites a newer one; writing the same version again is a harmless no-op, which makes
 * indexing idempotent.
 */
@ApplicationScoped
public class DocumentWriter {

  private static final Logger LOG = Logger.getLogger(DocumentWriter.class.getName());

  @Inject ElasticsearchClient client;

  /** Reloads and writes these documents (id to version) through each index's alias. */
  public void write(Map<IndexDefinition, Map<Long, Long>> changes) {
    List<BulkOperation> operations = new ArrayList<>();
    changes.forEach(
        (definition, versions) -> {
          Map<Long, Object> documents = definition.documents(versions.keySet());
          versions.forEach(
              (id, version) ->
                  operations.add(operation(definition.alias(), id, documents.get(id), version)));
        });
    execute(operations, true);
  }

  /** Writes documents into one concrete index, all with the same version; for rebuilds. */
  public void fill(String index, Map<Long, Object> documents, long version) {
    List<BulkOperation> operations = new ArrayList<>();
    documents.forEach((id, document) -> operations.add(operation(index, id, document, version)));
    execute(operations, false);
  }

  private static BulkOperation operation(String target, long id, Object document, long version) {
    String docId = String.valueOf(id);
    if (document == null) {
      return BulkOperation.of(
          o -> o.delete(d -> d.index(target).id(docId).version(version).versionType(VersionType.External)));
    }
    return BulkOperation.of(
        o ->
            o.index(
                i ->
                    i.index(target)
                        .id(docId)
                        .document(document)
                        .version(version)
                        .versionType(VersionType.External)));
  }

  private void execute(List<BulkOperation> operations, boolean throughAliases) {
    if (operations.isEmpty()) {
      return;
    }
    BulkResponse response =
        SearchUnavailable.guard(
            "bulk indexing",
            () -> client.bulk(b -> b.operations(operations).requireAlias(throughAliases)));
    if (!response.errors()) {
      return;
    }
    for (BulkResponseItem item : response.items()) {
      if (item.error() == null || item.status() == 409) {
        continue; // 409: a newer or the same version is there already
      }
      String type = item.error().type();
      if (SearchUnavailable.isOutage(item.status(), type)) {
        throw new SearchUnavailable("bulk indexing: " + type + " " + item.error().reason(), null);
      }
      // A document Elasticsearch rejects for good (a mapping error) must not block the outbox.
      LOG.severe(() -> "Elasticsearch rejected " + item.index() + "/" + item.id() + ": " + type + " " + item.error().reason());
    }
  }
}
