package org.agora.announcements.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.agora.platform.boundary.RecurringJob;
import org.agora.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code agora.announcements.job-seconds} (default 300; 0 turns it off): reminds who has not
 * confirmed a must-read announcement {@code agora.announcements.remind-after-days} after it was
 * posted. Each announcement is claimed with an update, so two nodes never remind twice.
 */
@ApplicationScoped
public class AnnouncementJobs {

  private static final Logger LOG = Logger.getLogger(AnnouncementJobs.class.getName());

  @Inject Announcements announcements;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject @ConfigProperty(name = "agora.announcements.job-seconds", defaultValue = "300") long seconds;

  private final RecurringJob job = new RecurringJob("announcement reminders", LOG, () -> announcements.remind());

  void start(@Observes SchemaMigrated schema) {
    if (seconds > 0) {
      job.start(scheduler, Duration.ofSeconds(seconds));
    }
  }

  @PreDestroy
  void stop() {
    job.stop();
  }
}
