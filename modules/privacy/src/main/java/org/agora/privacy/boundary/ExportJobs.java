package org.agora.privacy.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.agora.platform.boundary.RecurringJob;
import org.agora.platform.entity.SchemaMigrated;
import org.agora.privacy.control.ExportMaker;

/**
 * Makes data exports on the managed scheduler: at once after an export is asked for, and every
 * {@code agora.privacy.export.job-seconds} (default 15) for those another node left behind.
 */
@ApplicationScoped
public class ExportJobs {

  private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

  @Inject ExportMaker maker;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "agora.privacy.export.job-seconds", defaultValue = "15")
  long seconds;

  private final RecurringJob job = new RecurringJob("data exports", LOG, () -> maker.makeWaiting());

  void start(@Observes SchemaMigrated schema) {
    if (seconds > 0) {
      job.start(scheduler, Duration.ofSeconds(seconds));
    }
  }

  void makeNow(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataExports.Requested requested) {
    // If a round is running, it takes this export too: it claims until nothing waits.
    scheduler.execute(job::runOnce);
  }

  @PreDestroy
  void stop() {
    job.stop();
  }
}
