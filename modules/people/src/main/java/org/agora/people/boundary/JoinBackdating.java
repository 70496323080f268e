package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Gives freshly loaded demo people a past: they were all created within seconds, so every one of
 * them would count as a newcomer. Only the demo loader calls this; real join dates are what happened.
 */
@ApplicationScoped
@Transactional
public class JoinBackdating {

  @PersistenceContext EntityManager em;

  /** Spreads when everyone joined over about two years, all before the demo history's twelve weeks. */
  public void spreadOverYears() {
    em.createNativeQuery("update person set created_at = now() - make_interval(days => (100 + (id * 37) % 600)::int)")
        .executeUpdate();
    forgetCached();
  }

  /** Sets when one person joined (a demo newcomer who started last week). */
  public void joined(long personId, Instant at) {
    em.createNativeQuery("update person set created_at = ?2 where id = ?1")
        .setParameter(1, personId).setParameter(2, at.atOffset(ZoneOffset.UTC)).executeUpdate();
    forgetCached();
  }

  /** The shared cache still holds the people as they were loaded. */
  private void forgetCached() {
    em.getEntityManagerFactory().getCache().evict(org.agora.people.entity.Person.class);
  }
}
