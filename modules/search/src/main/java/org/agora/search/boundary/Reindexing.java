package org.agora.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.util.List;
import java.util.logging.Logger;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.search.control.IndexRebuilder;
import org.agora.search.control.SearchUnavailable;
import org.agora.search.entity.IndexRebuild;
import org.agora.search.entity.ReindexSummary;

/** An admin rebuilds every search index from PostgreSQL, without searches noticing. */
@ApplicationScoped
public class Reindexing {

  private static final Logger LOG = Logger.getLogger(Reindexing.class.getName());

  @Inject IndexRebuilder rebuilder;
  @Inject AuditLog audit;

  @Transactional
  public ReindexSummary reindexAll(AgoraPrincipal caller) {
    if (!caller.admin()) {
      throw new ForbiddenException("Only admins rebuild the search indexes.");
    }
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
