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
 * The mail queue keeps mail still to send, sent mail for {@code agora.retention.mail.sent-days}
 * (default 30: "did I get the mail?") and mail given up on for {@code agora.retention.mail.failed-days}
 * (default 180), long enough to find a broken address. Its bodies are copies of content, so
 * keeping them longer would only keep personal data twice.
 */
@ApplicationScoped
public class MailRetention implements RetentionRule {

  @PersistenceContext EntityManager em;
  @Inject @ConfigProperty(name = "agora.retention.mail.sent-days", defaultValue = "30") int sentDays;
  @Inject @ConfigProperty(name = "agora.retention.mail.failed-days", defaultValue = "180") int failedDays;

  @Override
  public String table() {
    return "mail_queue";
  }

  @Override
  public int purge(Instant now, int limit) {
    return AgedRows.purge(em, "mail_queue", "created_at", now, limit,
        new Kept("status = 'SENT'", sentDays), new Kept("status = 'FAILED'", failedDays));
  }
}
