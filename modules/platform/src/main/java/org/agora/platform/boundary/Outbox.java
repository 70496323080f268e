package org.agora.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.agora.platform.entity.OutboxEvent;
import org.agora.platform.entity.OutboxMessage;
import org.agora.platform.entity.OutboxRow;

/**
 * The outbox as other modules read it: past a cursor of their own, never writing it. A module that
 * reads it this way registers an {@link OutboxHold}, so that retention keeps what it has yet to
 * read. Outbox ids are allocated before commit, so a row may still appear below the newest id a
 * reader has seen; a reader that must not miss one remembers the ids it found missing.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext EntityManager em;

  /** Up to {@code limit} rows after {@code afterId}, oldest first. */
  public List<OutboxRow> after(long afterId, int limit) {
    return rows(em.createQuery("select o from OutboxEvent o where o.id > :after order by o.id", OutboxEvent.class)
        .setParameter("after", afterId)
        .setMaxResults(limit));
  }

  /** Up to {@code limit} rows with ids from {@code fromId} to {@code toId}, both included, oldest first. */
  public List<OutboxRow> between(long fromId, long toId, int limit) {
    return rows(em.createQuery("select o from OutboxEvent o where o.id between :from and :to order by o.id", OutboxEvent.class)
        .setParameter("from", fromId)
        .setParameter("to", toId)
        .setMaxResults(limit));
  }

  /**
   * Up to {@code limit} rows after {@code afterId} with what their events say, oldest first: for
   * readers that act on the payload itself (webhooks send it on).
   */
  public List<OutboxMessage> messagesAfter(long afterId, int limit) {
    return em.createQuery("select o from OutboxEvent o where o.id > :after order by o.id", OutboxEvent.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .setHint("eclipselink.read-only", true) // rows are never written here: nothing to track at commit
        .getResultList().stream()
        .map(o -> new OutboxMessage(o.getId(), o.getType(), o.getPayload(), o.getCreatedAt()))
        .toList();
  }

  /** The newest id now; 0 for an empty outbox. */
  public long newestId() {
    Long newest = em.createQuery("select max(o.id) from OutboxEvent o", Long.class).getSingleResult();
    return newest == null ? 0 : newest;
  }

  /** How many rows there are after {@code afterId}, and when the oldest of them was written. */
  public Pending pendingAfter(long afterId) {
    long rows = em.createQuery("select count(o) from OutboxEvent o where o.id > :after", Long.class)
        .setParameter("after", afterId)
        .getSingleResult();
    if (rows == 0) {
      return new Pending(0, null);
    }
    Long oldest = em.createQuery("select min(o.id) from OutboxEvent o where o.id > :after", Long.class)
        .setParameter("after", afterId)
        .getSingleResult();
    return new Pending(rows, em.find(OutboxEvent.class, oldest).getCreatedAt());
  }

  /** Rows after an id, counted; {@code oldest} is null when there are none. */
  public record Pending(long rows, Instant oldest) {}

  private static List<OutboxRow> rows(TypedQuery<OutboxEvent> query) {
    return query.getResultList().stream()
        .map(o -> new OutboxRow(o.getId(), o.getType(), o.getAggregateType(), o.getAggregateId(), o.getCreatedAt()))
        .toList();
  }
}
