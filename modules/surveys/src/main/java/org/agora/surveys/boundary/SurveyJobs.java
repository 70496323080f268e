package org.agora.surveys.boundary;

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
import org.agora.surveys.entity.SurveyCreated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code agora.surveys.job-seconds} (default 60; 0 turns it off): invites the audiences of
 * surveys that opened, and reminds who has not answered when a survey enters its last quarter
 * (at most its last day). Each survey is claimed with an update, so two nodes never send twice.
 */
@ApplicationScoped
public class SurveyJobs {

  private static final Logger LOG = Logger.getLogger(SurveyJobs.class.getName());

  @Inject Surveys surveys;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject @ConfigProperty(name = "agora.surveys.job-seconds", defaultValue = "60") long seconds;

  private final RecurringJob job = new RecurringJob("survey invitations and reminders", LOG, () -> surveys.inviteAndRemind());

  void start(@Observes SchemaMigrated schema) {
    if (seconds > 0) {
      job.start(scheduler, Duration.ofSeconds(seconds));
    }
  }

  /** A new survey that opens now need not wait for the next round. */
  void invite(@Observes(during = TransactionPhase.AFTER_SUCCESS) SurveyCreated created) {
    if (seconds > 0) {
      scheduler.execute(job::runOnce); // if a round is running now, the next one invites
    }
  }

  @PreDestroy
  void stop() {
    job.stop();
  }
}
