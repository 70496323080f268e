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
 * were rebuilt ({@link #soon}) and after the rollup job caught up on whole days, they are computed
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

  /** Computes the figures now in the background, e.g. after the rollups were rebuilt and the cache cleared. */
  public void soon() {
    if (cache.lifetime().isPresent()) {
      scheduler.execute(job::runOnce);
    }
  }

  /**
   * Whole days were rolled up (after a downtime, or the demo company's history spread over past
   * weeks at the start): the figures kept are stale, and would stay so until the next round.
   */
  void rolledUp(@Observes RollupsAdvanced advanced) {
    cache.clear();
    soon();
  }

  @PreDestroy
  void stop() {
    job.stop();
  }

  private void round() {
    cache.renew(insights::organisationDashboard);
  }
}
