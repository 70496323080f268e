package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.agora.platform.boundary.AgedRows;
import org.agora.platform.boundary.AgedRows.Kept;
import org.agora.platform.boundary.RetentionRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Directory sync reports, one per run (every few minutes), are kept
 * {@code agora.retention.directory-sync-days} (default 90): enough to trace when a colleague was
 * deactivated or a membership came from the directory; the directory itself is the source of truth.
 */
@ApplicationScoped
public class DirectorySyncRetention implements RetentionRule {

  @PersistenceContext EntityManager em;
  @Inject @ConfigProperty(name = "agora.retention.directory-sync-days", defaultValue = "90") int days;

  @Override
  public String table() {
    return "directory_sync_run";
  }

  @Override
  public int purge(Instant now, int limit) {
    return AgedRows.purge(em, "directory_sync_run", "started_at", now, limit, Kept.all(days));
  }
}
