package org.agora.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.agora.platform.boundary.NativeSql;
import org.agora.privacy.entity.ErasureOutcome;

/** The {@code person_erasure} table, and whether a person exists (people's published {@code person_card}). */
@ApplicationScoped
public class ErasureStore {

  @PersistenceContext EntityManager em;

  /** Two admins erasing one person at once: the second waits and then finds the first one's outcome. */
  public void lockPerson(long personId) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('person_erasure'), cast(?1 as int))")
        .setParameter(1, (int) personId)
        .getResultList();
  }

  public boolean personExists(long personId) {
    return !em.createNativeQuery("select 1 from person_card where id = ?1").setParameter(1, personId).getResultList().isEmpty();
  }

  public Optional<ErasureOutcome> find(long personId) {
    return NativeSql.rows(
            em.createNativeQuery("select person_id, erased_at, erased_by, keep_content from person_erasure where person_id = ?1")
                .setParameter(1, personId),
            r -> new ErasureOutcome(r.nextLong(), r.nextInstant(), r.nextLong(), r.nextBoolean()))
        .stream().findFirst();
  }

  public void record(ErasureOutcome outcome) {
    em.createNativeQuery("insert into person_erasure (person_id, erased_at, erased_by, keep_content) values (?1, ?2, ?3, ?4)")
        .setParameter(1, outcome.personId())
        .setParameter(2, ExportStore.utc(outcome.erasedAt()))
        .setParameter(3, outcome.erasedBy())
        .setParameter(4, outcome.keepContent())
        .executeUpdate();
  }
}
