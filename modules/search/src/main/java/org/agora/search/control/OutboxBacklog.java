package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** How far indexing lags behind the writes: read from the outbox whenever metrics are scraped. */
@ApplicationScoped
@Transactional
public class OutboxBacklog {

  @PersistenceContext EntityManager em;

  /** Outbox rows not yet indexed. */
  public long pending() {
    return ((Number) em.createNativeQuery("select count(*) from outbox where processed_at is null").getSingleResult())
        .longValue();
  }

  /** Seconds since the oldest row not yet indexed was written; 0 when there is none. */
  public double lagSeconds() {
    return ((Number)
            em.createNativeQuery(
                    "select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox"
                        + " where processed_at is null")
                .getSingleResult())
        .doubleValue();
  }
}
