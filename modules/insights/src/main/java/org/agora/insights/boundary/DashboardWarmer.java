package org.agora.insights.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.agora.insights.control.InsightsCache;
import org.agora.insights.entity.RollupsAdvanced;
import org.agora.platform.boundary.RecurringJob;
import org.agora.platform.entity.SchemaMigrated;

/**
 * Keeps the organisation dashboard's figures in the cache, so that no admin waits for them to be
 * computed: shortly after the start, then every half of the cache's lifetime, after the rollups
 * were rebuilt ({@link #rollupsChanged}) and after the rollup job caught up on whole days, they are computed
 * afresh in the background (about a second of database work on 1.25 M activities). Off with the
 * cache.
 */
@ApplicationScoped
public class DashboardWarmer {

  private static final Logger LOG = Logger.getLogger(DashboardWarmer.class.getName());

  /** After the rollup job's first round (10 s) has caught up on a short downtime. */
  static final Duration FIRST = Duration.ofSeconds(20);

  @Inject Insights insights;
  @Inject InsightsCache cache;
  @Resource ManagedScheduledExecutorService scheduler;

  private final RecurringJob job = new RecurringJob("insights dashboard", LOG, this::round);

  void start(@Observes SchemaMigrated schema) {
    cache.lifetime().ifPresent(lifetime -> job.start(scheduler, FIRST, lifetime.dividedBy(2)));
  }

  /**
   * The rollups changed under the kept figures (an admin rebuilt them, or the rollup job caught up
   * on whole days after a downtime or the demo company's history): they are dropped, and computed
   * afresh in the background rather than at the next round.
   */
  public void rollupsChanged() {
    cache.clear();
    if (cache.lifetime().isPresent()) {
      scheduler.execute(job::runOnce);
    }
  }

  void rolledUp(@Observes RollupsAdvanced advanced) {
    rollupsChanged();
  }

  @PreDestroy
  void stop() {
    job.stop();
  }

  private void round() {
    cache.renew(insights::organisationDashboard);
  }
}
