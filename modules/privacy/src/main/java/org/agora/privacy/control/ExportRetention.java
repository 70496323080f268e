package org.agora.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.agora.platform.boundary.AgedRows;
import org.agora.platform.boundary.RetentionRule;

/** Data exports are deleted when they expire ({@code agora.privacy.export.keep-days} after they were asked for). */
@ApplicationScoped
public class ExportRetention implements RetentionRule {

  @PersistenceContext EntityManager em;

  @Override
  public String table() {
    return "data_export";
  }

  @Override
  public int purge(Instant now, int limit) {
    return AgedRows.purge(em, "data_export", "expires_at", "true", now, limit);
  }
}
