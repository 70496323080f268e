package org.agora.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.agora.platform.boundary.JsonbConfigurator;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.AuditEntry;
import org.agora.platform.entity.PersonalDataFile;

/**
 * The audit log's share of a person's data: entries they made and entries about them. Erasure keeps
 * the entries (what admins did stays accountable) but takes the person out of them: their username
 * as actor becomes {@code erased-<id>} and the free-text details of entries about them go, except
 * the erasure's own entry ({@code person.erased}), which says who erased them and why.
 */
@ApplicationScoped
public class AuditPersonalData implements PersonalData {

  static final String ERASED = "person.erased";

  @PersistenceContext EntityManager em;

  @Override
  public List<PersonalDataFile> export(long personId) {
    List<AuditEntry> entries = em.createQuery(
            "select a from AuditEntry a where a.actorId = :id or (a.targetType = 'person' and a.targetId = :id) order by a.id",
            AuditEntry.class)
        .setParameter("id", personId)
        .getResultList();
    return List.of(PersonalDataFile.json("platform/audit.json", JsonbConfigurator.jsonb().toJson(entries)));
  }

  @Override
  public void erase(long personId, boolean keepContent) {
    em.createNativeQuery("update audit_log set actor_username = ?2 where actor_id = ?1")
        .setParameter(1, personId)
        .setParameter(2, "erased-" + personId)
        .executeUpdate();
    em.createNativeQuery("update audit_log set detail = null where target_type = 'person' and target_id = ?1"
            + " and action <> ?2 and detail is not null")
        .setParameter(1, personId)
        .setParameter(2, ERASED)
        .executeUpdate();
  }
}
