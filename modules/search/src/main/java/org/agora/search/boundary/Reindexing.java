package org.agora.search.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ServiceUnavailableException;
import java.util.List;
import java.util.logging.Logger;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.entity.Roles;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.agora.search.control.IndexDefinition;
import org.agora.search.control.IndexDefinitions;
import org.agora.search.control.IndexRebuilder;
import org.agora.search.control.OutboxBacklog;
import org.agora.search.control.SearchUnavailable;
import org.agora.search.entity.IndexRebuild;
import org.agora.search.entity.ReindexSummary;
import org.agora.search.entity.SearchStatus;

/** An admin rebuilds every search index from PostgreSQL, without searches noticing, and checks on them. */
@ApplicationScoped
public class Reindexing {

  private static final Logger LOG = Logger.getLogger(Reindexing.class.getName());

  @Inject IndexRebuilder rebuilder;
  @Inject AuditLog audit;
  @Inject IndexDefinitions definitions;
  @Inject OutboxBacklog backlog;
  @Inject ElasticsearchClient client;

  /** The indexing lag and each index's count against the database's (admins only). */
  @Transactional
  @RolesAllowed(Roles.ADMIN)
  public SearchStatus status() {
    boolean available = true;
    List<SearchStatus.IndexCount> counts = new java.util.ArrayList<>();
    for (IndexDefinition definition : definitions.all()) {
      long documents = -1;
      if (available) {
        try {
          documents = SearchUnavailable.guard("count", () -> client.count(c -> c.index(definition.alias()))).count();
        } catch (SearchUnavailable e) {
          available = false;
        }
      }
      counts.add(new SearchStatus.IndexCount(definition.alias(), documents, definition.databaseCount()));
    }
    return new SearchStatus(available, backlog.pending(), backlog.lagSeconds(), counts);
  }

  @Transactional
  @RolesAllowed(Roles.ADMIN)
  public ReindexSummary reindexAll() {
    long started = System.nanoTime();
    List<IndexRebuild> rebuilt;
    try {
      rebuilt =
          rebuilder.rebuildAll().orElseThrow(() -> new ConflictException("A reindex is running already; try again when it is done."));
    } catch (SearchUnavailable e) {
      throw new ServiceUnavailableException("Elasticsearch is unavailable; nothing was changed.", Search.RETRY_AFTER_SECONDS);
    }
    ReindexSummary summary = new ReindexSummary(rebuilt, (System.nanoTime() - started) / 1_000_000);
    audit.record("search.reindexed", null, null, summary.toString());
    LOG.info(() -> "reindexed: " + summary);
    return summary;
  }
}
