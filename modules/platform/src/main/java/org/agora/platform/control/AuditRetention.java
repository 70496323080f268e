package org.agora.platform.control;

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
 * The audit log keeps {@code agora.retention.audit-days} (default 400: a year's reviews and
 * audits plus a margin); where the law or a works agreement asks for longer, raise it.
 */
@ApplicationScoped
public class AuditRetention implements RetentionRule {

  @PersistenceContext EntityManager em;
  @Inject @ConfigProperty(name = "agora.retention.audit-days", defaultValue = "400") int days;

  @Override
  public String table() {
    return "audit_log";
  }

  @Override
  public int purge(Instant now, int limit) {
    return AgedRows.purge(em, "audit_log", "at", now, limit, Kept.all(days));
  }
}
