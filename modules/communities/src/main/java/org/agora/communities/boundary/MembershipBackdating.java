package org.agora.communities.boundary;

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
public class MembershipBackdating {

  @PersistenceContext EntityManager em;

  /** Spreads when people joined over the last {@code weeks}, by membership id. */
  public void spreadOver(int weeks) {
    em.createNativeQuery("update membership set created_at = now() - make_interval(days => (" + weeks * 7 + " - id % "
        + weeks * 7 + ")::int)").executeUpdate();
  }
}
