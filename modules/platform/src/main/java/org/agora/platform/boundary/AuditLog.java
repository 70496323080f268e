package org.agora.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.AuditEntry;

/** Records admin and moderator actions in the caller's transaction, and reads them back. */
@ApplicationScoped
@Transactional
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  public void record(String action, String targetType, Long targetId, String detail) {
    AgoraPrincipal actor = currentUser.principal().orElse(null);
    em.persist(
        new AuditEntry(
            Instant.now(clock),
            actor == null ? null : actor.id(),
            actor == null ? "system" : actor.username(),
            action,
            targetType,
            targetId,
            detail));
  }

  public Page<AuditEntry> list(PageRequest page) {
    long after = page.after() == null ? Long.MAX_VALUE : page.after();
    List<AuditEntry> rows =
        em.createQuery(
                "select a from AuditEntry a where a.id < :after order by a.id desc", AuditEntry.class)
            .setParameter("after", after)
            .setMaxResults(page.fetchSize())
            .getResultList();
    return Page.of(rows, page.limit(), AuditEntry::getId);
  }
}
