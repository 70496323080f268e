package org.agora.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.agora.platform.boundary.JsonbConfigurator;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.OutboxEvent;

/**
 * Appends every domain event to the outbox. The observer is synchronous, so the row joins the
 * transaction of the write that fired the event: both commit, or neither does.
 */
@ApplicationScoped
public class OutboxRecorder {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  void record(@Observes DomainEvent event) {
    String payload = JsonbConfigurator.jsonb().toJson(event);
    em.persist(new OutboxEvent(event, payload, Instant.now(clock)));
  }
}
