package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.integration.entity.DeliveryStatus;
import org.agora.platform.boundary.NativeSql;

/**
 * The database side of sending: claiming due deliveries and recording what an attempt got. A claim
 * pushes the delivery's next attempt one lease ahead and commits before anything is sent, so no
 * transaction stays open during HTTP calls; a node that dies mid-send leaves the delivery to be
 * claimed again when the lease runs out (the receiver may then see the same delivery id twice).
 */
@ApplicationScoped
@Transactional
public class WebhookDeliveries {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A delivery claimed for one attempt. */
  public record Claimed(long id, long webhookId, String url, String secret, String eventType, String payload, int attempt) {}

  public List<Claimed> claimDue(int limit, Duration lease) {
    Instant now = Instant.now(clock);
    return NativeSql.rows(em.createNativeQuery(
            "update webhook_delivery d set attempts = d.attempts + 1, next_attempt_at = ?1 from webhook w"
                + " where w.id = d.webhook_id and d.id in (select x.id from webhook_delivery x join webhook h on h.id = x.webhook_id"
                + " where x.status = 'PENDING' and x.next_attempt_at <= ?2 and h.active"
                + " order by x.next_attempt_at, x.id limit ?3 for update of x skip locked)"
                + " returning d.id, d.webhook_id, w.url, w.secret, d.event_type, d.payload, d.attempts")
        .setParameter(1, now.plus(lease).atOffset(ZoneOffset.UTC))
        .setParameter(2, now.atOffset(ZoneOffset.UTC))
        .setParameter(3, limit),
        r -> new Claimed(r.nextLong(), r.nextLong(), r.nextText(), r.nextText(), r.nextText(), r.nextText(), r.nextInt()));
  }

  /**
   * Records one attempt: delivered on a 2xx answer; otherwise due again after the policy's delay,
   * or given up after its last attempt. {@code statusCode} is null when no answer came.
   */
  public void record(Claimed delivery, Integer statusCode, String error, int durationMs, RetryPolicy policy) {
    Instant now = Instant.now(clock);
    String shortError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    em.createNativeQuery(
            "insert into webhook_attempt (delivery_id, attempt, at, status_code, error, duration_ms) values (?1, ?2, ?3, cast(?4 as integer), ?5, ?6)")
        .setParameter(1, delivery.id()).setParameter(2, delivery.attempt()).setParameter(3, now.atOffset(ZoneOffset.UTC))
        .setParameter(4, statusCode).setParameter(5, shortError).setParameter(6, durationMs)
        .executeUpdate();
    boolean delivered = statusCode != null && statusCode >= 200 && statusCode < 300;
    DeliveryStatus status = delivered ? DeliveryStatus.DELIVERED
        : policy.givesUpAfter(delivery.attempt()) ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
    em.createNativeQuery(
            "update webhook_delivery set status = ?2, last_status_code = cast(?3 as integer), last_error = ?4,"
                + " next_attempt_at = ?5, delivered_at = case when ?2 = 'DELIVERED' then cast(?6 as timestamptz) end where id = ?1 and status = 'PENDING'")
        .setParameter(1, delivery.id()).setParameter(2, status.name()).setParameter(3, statusCode)
        .setParameter(4, shortError)
        .setParameter(5, now.plus(policy.delayAfter(delivery.attempt())).atOffset(ZoneOffset.UTC))
        .setParameter(6, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
