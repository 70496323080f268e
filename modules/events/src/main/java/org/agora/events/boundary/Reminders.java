package org.agora.events.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.agora.events.control.ReminderStore;
import org.agora.platform.boundary.RecurringJob;
import org.agora.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds people of the events they go to, the day before and the hour before, every
 * {@code agora.events.reminder-seconds} (default 60; 0 turns reminders off). Each reminder is a
 * {@link org.agora.events.entity.ReminderDue} event; the app turns it into a notification (and,
 * per the person's mail settings, an email).
 */
@ApplicationScoped
public class Reminders {

  private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

  @Inject ReminderStore store;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject @ConfigProperty(name = "agora.events.reminder-seconds", defaultValue = "60") long seconds;

  private final RecurringJob job = new RecurringJob("event reminders", LOG, this::round);

  void start(@Observes SchemaMigrated schema) {
    if (seconds > 0) {
      job.start(scheduler, Duration.ofSeconds(seconds));
    }
  }

  @PreDestroy
  void stop() {
    job.stop();
  }

  private void round() {
    store.sendDue(Instant.now(clock));
  }
}
