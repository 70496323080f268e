package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.integration.entity.DeliveryStatus;
import org.agora.integration.entity.Webhook;
import org.agora.people.entity.Person;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Turns outbox rows into deliveries: for each active webhook, the events after its cursor that it
 * subscribed to, in its scope, and that its owner may see. The delivery row (unique per webhook and
 * outbox event) holds the rendered body, so every retry sends the same bytes under the same id.
 *
 * <p>Webhooks are claimed with {@code FOR UPDATE SKIP LOCKED}, so nodes share them. Outbox ids are
 * allocated before commit, so a row may appear behind the cursor's back; the cursor therefore
 * only passes rows older than the settle window, and rows inside it are looked at again (the
 * unique key makes that harmless).
 */
@ApplicationScoped
@Transactional
public class WebhookFanOut {

  private static final Logger LOG = Logger.getLogger(WebhookFanOut.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Documents documents;
  @Inject Clock clock;

  /** Creates the deliveries that are due; answers how many it created. */
  @SuppressWarnings("unchecked")
  public int fanOut(Duration settle, int batch) {
    Instant now = Instant.now(clock);
    List<Webhook> webhooks = em.createNativeQuery(
            "select * from webhook where active order by id for update skip locked", Webhook.class)
        .getResultList();
    int created = 0;
    for (Webhook webhook : webhooks) {
      Optional<AgoraPrincipal> owner = owner(webhook.getOwnerId());
      if (owner.isEmpty()) {
        continue; // the owner left; the webhook stays, silent, until an admin removes it
      }
      created += fanOut(webhook, owner.get(), now, settle, batch);
    }
    return created;
  }

  @SuppressWarnings("unchecked")
  private int fanOut(Webhook webhook, AgoraPrincipal owner, Instant now, Duration settle, int batch) {
    long cursor = ((Number) em.createNativeQuery("select outbox_cursor from webhook where id = ?1")
        .setParameter(1, webhook.getId()).getSingleResult()).longValue();
    List<Object[]> rows = em.createNativeQuery(
            "select o.id, o.type, o.payload, o.created_at from outbox o where o.id > ?1"
                + " and not exists (select 1 from webhook_delivery d where d.webhook_id = ?2 and d.outbox_id = o.id)"
                + " order by o.id limit ?3")
        .setParameter(1, cursor).setParameter(2, webhook.getId()).setParameter(3, batch)
        .getResultList();
    int created = 0;
    for (Object[] row : rows) {
      long outboxId = ((Number) row[0]).longValue();
      JsonObject payload = parse((String) row[2]);
      Optional<String> type = EventTypes.publicType((String) row[1], payload);
      if (type.isEmpty() || !webhook.getEventTypes().contains(type.get())) {
        continue;
      }
      Long communityId = EventTypes.communityId(payload);
      if (webhook.getCommunityId() != null && !webhook.getCommunityId().equals(communityId)) {
        continue;
      }
      Optional<String> body = render(owner, type.get(), payload, NativeSql.instant(row[3]), outboxId);
      if (body.isPresent()) {
        created += em.createNativeQuery(
                "insert into webhook_delivery (webhook_id, outbox_id, event_type, payload, status, next_attempt_at, created_at)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?6) on conflict (webhook_id, outbox_id) do nothing")
            .setParameter(1, webhook.getId()).setParameter(2, outboxId).setParameter(3, type.get())
            .setParameter(4, body.get()).setParameter(5, DeliveryStatus.PENDING.name())
            .setParameter(6, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
      }
    }
    // Everything up to the last row read was looked at; of that, only what is older than the settle
    // window is final.
    long scannedUpTo = rows.size() < batch ? Long.MAX_VALUE : ((Number) rows.get(rows.size() - 1)[0]).longValue();
    em.createNativeQuery(
            "update webhook set outbox_cursor = coalesce((select max(id) from outbox where id > ?1 and id <= ?2"
                + " and created_at < ?3), outbox_cursor) where id = ?4")
        .setParameter(1, cursor).setParameter(2, scannedUpTo)
        .setParameter(3, now.minus(settle).atOffset(ZoneOffset.UTC)).setParameter(4, webhook.getId())
        .executeUpdate();
    return created;
  }

  private Optional<String> render(AgoraPrincipal owner, String type, JsonObject payload, Instant published, long outboxId) {
    try {
      return documents.render(owner, type, payload, published);
    } catch (RuntimeException e) {
      // Deleted in the meantime, or hidden: nothing to send. Logged, because it should be rare.
      LOG.log(Level.FINE, "webhook: outbox event " + outboxId + " (" + type + ") not rendered: " + e);
      return Optional.empty();
    }
  }

  private Optional<AgoraPrincipal> owner(long personId) {
    Person person = em.find(Person.class, personId);
    return person == null || !person.isActive()
        ? Optional.empty()
        : Optional.of(new AgoraPrincipal(person.getId(), person.getUsername(), person.isAdmin()));
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
