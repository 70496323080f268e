package org.agora.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.agora.platform.boundary.RetentionRule;

/**
 * One batch of a retention rule in a transaction of its own, so that locks on the deleted rows
 * are held for one batch only. A transaction-scoped advisory lock lets one node at a time purge:
 * a node that does not get it leaves the round to the node that has it.
 */
@ApplicationScoped
public class RetentionBatch {

  /** Any constant other than the search rebuild's: the key of the advisory lock. */
  static final long LOCK = 0x4E7A14L;

  @PersistenceContext EntityManager em;

  /** @return how many rows the batch deleted, or -1 when another node is purging */
  @Transactional(TxType.REQUIRES_NEW)
  public int run(RetentionRule rule, Instant now, int limit) {
    boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
        .getSingleResult();
    return mine ? rule.purge(now, limit) : -1;
  }
}
