package org.agora.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.agora.platform.boundary.JsonbConfigurator;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.OutboxEvent;
import org.agora.platform.entity.OutboxRecorded;

/**
 * Appends every domain event to the outbox. The observer is synchronous, so the row joins the
 * transaction of the write that fired the event: both commit, or neither does. It then announces
 * the row, so that after-commit observers know the event's place in the outbox sequence.
 */
@ApplicationScoped
public class OutboxRecorder {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<OutboxRecorded> recorded;

  void record(@Observes DomainEvent event) {
    String payload = JsonbConfigurator.jsonb().toJson(event);
    OutboxEvent row = new OutboxEvent(event, payload, Instant.now(clock));
    em.persist(row);
    // After-commit observers (live delivery) learn the row's id, the event's cursor.
    recorded.fire(new OutboxRecorded(row, event));
  }
}
