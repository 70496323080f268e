package org.agora.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.logging.Logger;

/**
 * The search benchmark's baseline deployment: no query plans, so every first page is found by
 * scoring every match, which is what the recent-first plan ({@link PagePlans}) is measured against.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
class PlanlessPagePlans extends PagePlans {

  @PostConstruct
  void announce() {
    Logger.getLogger(PlanlessPagePlans.class.getName()).info("search: the benchmark's baseline, no recent-first plan");
  }

  @Override
  public boolean recentFirst(SearchQuery query) {
    return false;
  }

  @Override
  public void scoredEveryMatch(SearchQuery query, long tookMillis) {
    // Nothing is learned: the next first page is scored in full again.
  }
}
