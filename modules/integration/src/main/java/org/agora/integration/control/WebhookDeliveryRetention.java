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
 * The webhook delivery log (with its attempts, deleted along) keeps pending deliveries,
 * delivered ones for {@code agora.retention.webhooks.delivered-days} (default 30) and failed ones,
 * which an owner may still redeliver, for {@code agora.retention.webhooks.failed-days} (default 90).
 */
@ApplicationScoped
public class WebhookDeliveryRetention implements RetentionRule {

  @PersistenceContext EntityManager em;
  @Inject @ConfigProperty(name = "agora.retention.webhooks.delivered-days", defaultValue = "30") int deliveredDays;
  @Inject @ConfigProperty(name = "agora.retention.webhooks.failed-days", defaultValue = "90") int failedDays;

  @Override
  public String table() {
    return "webhook_delivery";
  }

  @Override
  public int purge(Instant now, int limit) {
    return AgedRows.purge(em, "webhook_delivery", "created_at", now, limit,
        new Kept("status = 'DELIVERED'", deliveredDays), new Kept("status = 'FAILED'", failedDays));
  }
}
