package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gives freshly loaded demo data a past: only the demo loader calls this, right after it created
 * everything within seconds. Never for real data, whose times are what happened.
 */
@ApplicationScoped
@Transactional
public class ActivityBackdating {

  @PersistenceContext EntityManager em;

  /**
   * Spreads posts and comments over the last {@code weeks}, keeping their order (a later id stays
   * later) with the newest at about now; each reaction follows its post by minutes, never past now.
   */
  public void spreadOver(int weeks) {
    // Each row moves back by its distance from the newest id, scaled so the oldest lands `weeks` ago.
    em.createNativeQuery("update activity set created_at = now() - make_interval(secs => ((select max(id) from activity) - id)"
        + " * (" + weeks + " * 7 * 86400.0 / greatest((select count(*) from activity), 1)))").executeUpdate();
    em.createNativeQuery("update reaction r set created_at = a.created_at + make_interval(mins => (5 + r.person_id % 240)::int)"
        + " from activity a where a.id = r.activity_id").executeUpdate();
    em.createNativeQuery("update reaction set created_at = now() where created_at > now()").executeUpdate();
  }
}
