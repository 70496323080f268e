package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.agora.platform.boundary.OutboxHold;

/**
 * Webhooks read the outbox past a cursor of their own: the outbox keeps what an active webhook
 * has yet to read. Paused webhooks and those of people who left hold nothing back.
 */
@ApplicationScoped
public class WebhookOutboxHold implements OutboxHold {

  @PersistenceContext EntityManager em;

  @Override
  public long oldestUnread() {
    Number cursor = (Number) em.createNativeQuery(
            "select min(w.outbox_cursor) from webhook w join person_card p on p.id = w.owner_id where w.active and p.active")
        .getSingleResult();
    return cursor == null ? Long.MAX_VALUE : cursor.longValue() + 1;
  }
}
