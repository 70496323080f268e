package org.agora.integration.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.agora.integration.control.MailQueue.Claimed;
import org.agora.platform.boundary.RecurringJob;
import org.agora.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the mail queue over SMTP on the managed scheduler, and queues the digests when due. An
 * unreachable SMTP server costs one log line per attempt; the mail stays queued and is retried
 * with back-off, nothing else waits for it. The demo ({@code agora.demo=true}) with no
 * {@code agora.mail.host} set has no SMTP server to talk to: each mail is then one log line
 * instead, and counts as sent.
 */
@ApplicationScoped
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
  static final Duration LEASE = Duration.ofMinutes(5);
  static final int BATCH = 20;

  @Inject MailQueue queue;
  @Inject Digests digests;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject @ConfigProperty(name = "agora.mail.enabled", defaultValue = "true") boolean enabled;
  @Inject @ConfigProperty(name = "agora.mail.host") Optional<String> configuredHost;
  @Inject @ConfigProperty(name = "agora.demo", defaultValue = "false") boolean demo;
  @Inject @ConfigProperty(name = "agora.mail.port", defaultValue = "25") int port;
  @Inject @ConfigProperty(name = "agora.mail.from", defaultValue = "agora@localhost") String from;
  @Inject @ConfigProperty(name = "agora.mail.user") Optional<String> user;
  @Inject @ConfigProperty(name = "agora.mail.password") Optional<String> password;
  @Inject @ConfigProperty(name = "agora.mail.starttls", defaultValue = "false") boolean startTls;
  @Inject @ConfigProperty(name = "agora.mail.timeout-ms", defaultValue = "10000") int timeoutMillis;
  @Inject @ConfigProperty(name = "agora.mail.poll-ms", defaultValue = "5000") long pollMillis;
  @Inject @ConfigProperty(name = "agora.mail.retry.initial-ms", defaultValue = "60000") long retryInitialMillis;
  @Inject @ConfigProperty(name = "agora.mail.retry.max-ms", defaultValue = "3600000") long retryMaxMillis;
  @Inject @ConfigProperty(name = "agora.mail.retry.max-attempts", defaultValue = "10") int maxAttempts;

  private final RecurringJob job = new RecurringJob("mail", LOG, this::round);
  private MailSender sender;
  private RetryPolicy policy;

  void start(@Observes SchemaMigrated schema) {
    if (!enabled) {
      LOG.info("mail: disabled (agora.mail.enabled=false)");
      return;
    }
    if (logsInsteadOfSending()) {
      LOG.info("mail: demo without agora.mail.host, so each mail is logged as one line instead of sent");
    } else {
      sender = new MailSender(host(), port, from, user.orElse(null), password.orElse(null), startTls, timeoutMillis);
    }
    policy = new RetryPolicy(Duration.ofMillis(retryInitialMillis), Duration.ofMillis(retryMaxMillis), maxAttempts);
    job.start(scheduler, Duration.ofMillis(pollMillis));
  }

  @PreDestroy
  void stop() {
    job.stop();
  }

  private void round() {
    digests.queueDue();
    List<Claimed> due;
    while (!(due = queue.claimDue(BATCH, LEASE)).isEmpty()) {
      for (Claimed mail : due) {
        send(mail);
      }
    }
  }

  /** The demo has no SMTP server unless one is configured: its mail goes to the log. */
  boolean logsInsteadOfSending() {
    return demo && configuredHost.isEmpty();
  }

  void send(Claimed mail) {
    if (sender == null) {
      LOG.info(() -> "mail: not sent (demo): mail " + mail.id() + " to " + mail.recipient() + ", \"" + mail.subject() + "\"");
      queue.sent(mail.id());
      return;
    }
    try {
      sender.send(mail);
      queue.sent(mail.id());
    } catch (MessagingException | RuntimeException e) {
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage()
          + (e.getCause() == null ? "" : " (" + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage() + ")");
      boolean last = policy.givesUpAfter(mail.attempt());
      LOG.warning("mail: sending mail " + mail.id() + " to " + mail.recipient() + " through " + host() + ":" + port
          + ", attempt " + mail.attempt() + ", failed: " + reason + (last ? "; giving up" : "; will retry"));
      queue.failed(mail, reason, policy);
    }
  }

  private String host() {
    return configuredHost.orElse("localhost");
  }
}
