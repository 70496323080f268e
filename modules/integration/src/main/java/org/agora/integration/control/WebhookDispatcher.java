package org.agora.integration.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.agora.integration.control.WebhookDeliveries.Claimed;
import org.agora.integration.control.WebhookSender.Outcome;
import org.agora.platform.boundary.RecurringJob;
import org.agora.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs webhooks in the background on the server's managed scheduler: each tick fans new outbox
 * events out into deliveries, then sends what is due, a batch at a time and the batch in
 * parallel. Failures are logged per delivery and retried by the {@link RetryPolicy}; one
 * unreachable receiver never holds up the others for longer than the timeout.
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
  /** A claimed delivery whose node went silent is sent again after this. */
  static final Duration LEASE = Duration.ofMinutes(2);
  static final int BATCH = 50;
  static final int MAX_BATCHES_PER_TICK = 20;

  @Inject WebhookFanOut fanOut;
  @Inject WebhookDeliveries deliveries;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject @ConfigProperty(name = "agora.webhooks.enabled", defaultValue = "true") boolean enabled;
  @Inject @ConfigProperty(name = "agora.webhooks.poll-ms", defaultValue = "1000") long pollMillis;
  @Inject @ConfigProperty(name = "agora.webhooks.settle-seconds", defaultValue = "30") long settleSeconds;
  @Inject @ConfigProperty(name = "agora.webhooks.timeout-ms", defaultValue = "10000") long timeoutMillis;
  @Inject @ConfigProperty(name = "agora.webhooks.retry.initial-ms", defaultValue = "10000") long retryInitialMillis;
  @Inject @ConfigProperty(name = "agora.webhooks.retry.max-ms", defaultValue = "3600000") long retryMaxMillis;
  @Inject @ConfigProperty(name = "agora.webhooks.retry.max-attempts", defaultValue = "15") int maxAttempts;

  private final RecurringJob job = new RecurringJob("webhooks", LOG, this::round);
  private WebhookSender sender;
  private RetryPolicy policy;

  void start(@Observes SchemaMigrated schema) {
    if (!enabled) {
      LOG.info("webhooks: disabled (agora.webhooks.enabled=false)");
      return;
    }
    sender = new WebhookSender(Duration.ofMillis(timeoutMillis), clock);
    policy = new RetryPolicy(Duration.ofMillis(retryInitialMillis), Duration.ofMillis(retryMaxMillis), maxAttempts);
    job.start(scheduler, Duration.ofMillis(pollMillis));
  }

  @PreDestroy
  void stop() {
    job.stop();
  }

  private void round() {
    fanOut.fanOut(Duration.ofSeconds(settleSeconds), 500);
    for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
      List<Claimed> due = deliveries.claimDue(BATCH, LEASE);
      if (due.isEmpty()) {
        break;
      }
      send(due);
    }
  }

  private void send(List<Claimed> due) {
    List<CompletableFuture<Outcome>> sent = due.stream().map(sender::send).toList();
    for (int i = 0; i < due.size(); i++) {
      Claimed delivery = due.get(i);
      Outcome outcome = sent.get(i).join();
      if (outcome.error() != null) {
        LOG.warning("webhooks: delivery " + delivery.id() + " (" + delivery.eventType() + ") to webhook "
            + delivery.webhookId() + " at " + delivery.url() + ", attempt " + delivery.attempt() + ", failed: "
            + outcome.error() + (policy.givesUpAfter(delivery.attempt()) ? "; giving up" : "; will retry"));
      }
      deliveries.record(delivery, outcome.statusCode(), outcome.error(), outcome.durationMs(), policy);
    }
  }
}
