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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.agora.integration.entity.DeliveryStatus;
import org.agora.integration.entity.Webhook;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Person;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.Outbox;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.OutboxMessage;

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
  static final int PAGES_PER_ROUND = 4;

  @PersistenceContext EntityManager em;
  @Inject Documents documents;
  @Inject Outbox outbox;
  @Inject PeopleInBulk people;
  @Inject Clock clock;

  /** Creates the deliveries that are due; answers how many it created. */
  @SuppressWarnings("unchecked")
  public int fanOut(Duration settle, int batch) {
    Instant now = Instant.now(clock);
    List<Webhook> webhooks = em.createNativeQuery(
            "select * from webhook where active order by id for update skip locked", Webhook.class)
        .getResultList();
    Map<Long, AgoraPrincipal> owners = owners(webhooks);
    int created = 0;
    for (Webhook webhook : webhooks) {
      AgoraPrincipal owner = owners.get(webhook.getOwnerId());
      if (owner == null) {
        continue; // the owner left; the webhook stays, silent, until an admin removes it
      }
      created += fanOut(webhook, owner, now, settle, batch);
    }
    return created;
  }

  private int fanOut(Webhook webhook, AgoraPrincipal owner, Instant now, Duration settle, int batch) {
    long cursor = ((Number) em.createNativeQuery("select outbox_cursor from webhook where id = ?1")
        .setParameter(1, webhook.getId()).getSingleResult()).longValue();
    int created = 0;
    long settled = cursor;
    long after = cursor;
    // Rows inside the settle window are read again on every round; paging on past them keeps a
    // busy outbox from holding back the rows behind them.
    for (int page = 0; page < PAGES_PER_ROUND; page++) {
      List<OutboxMessage> messages = outbox.messagesAfter(after, batch);
      created += deliver(webhook, owner, messages, now);
      // Of the rows read, only what is older than the settle window is final: a row committed
      // late may still appear below a younger one.
      settled = Math.max(settled, WebhookCursor.settledUpTo(messages, now.minus(settle), cursor));
      if (messages.size() < batch) {
        break;
      }
      after = messages.get(messages.size() - 1).id();
    }
    if (settled > cursor) {
      em.createNativeQuery("update webhook set outbox_cursor = ?1 where id = ?2")
          .setParameter(1, settled).setParameter(2, webhook.getId())
          .executeUpdate();
    }
    return created;
  }

  private int deliver(Webhook webhook, AgoraPrincipal owner, List<OutboxMessage> messages, Instant now) {
    Set<Long> delivered = deliveredAmong(webhook.getId(), messages);
    int created = 0;
    for (OutboxMessage message : messages) {
      if (delivered.contains(message.id())) {
        continue; // read again inside the settle window; its delivery exists
      }
      JsonObject payload = parse(message.payload());
      Optional<String> type = EventTypes.publicType(message.type(), payload);
      if (type.isEmpty() || !webhook.getEventTypes().contains(type.get())) {
        continue;
      }
      Long communityId = EventTypes.communityId(payload);
      if (webhook.getCommunityId() != null && !webhook.getCommunityId().equals(communityId)) {
        continue;
      }
      Optional<String> body = render(owner, type.get(), payload, message.createdAt(), message.id());
      if (body.isPresent()) {
        created += em.createNativeQuery(
                "insert into webhook_delivery (webhook_id, outbox_id, event_type, payload, status, next_attempt_at, created_at)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?6) on conflict (webhook_id, outbox_id) do nothing")
            .setParameter(1, webhook.getId()).setParameter(2, message.id()).setParameter(3, type.get())
            .setParameter(4, body.get()).setParameter(5, DeliveryStatus.PENDING.name())
            .setParameter(6, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
      }
    }
    return created;
  }

  /** The outbox ids among {@code messages} that already have a delivery for this webhook. */
  private Set<Long> deliveredAmong(long webhookId, List<OutboxMessage> messages) {
    if (messages.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(NativeSql.rows(em.createNativeQuery(
                "select outbox_id from webhook_delivery where webhook_id = ?1 and outbox_id between ?2 and ?3")
            .setParameter(1, webhookId)
            .setParameter(2, messages.get(0).id())
            .setParameter(3, messages.get(messages.size() - 1).id()),
        NativeSql.Row::nextLong));
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

  /** The active owners of these webhooks, as the principal their deliveries are rendered for. */
  private Map<Long, AgoraPrincipal> owners(List<Webhook> webhooks) {
    Set<Long> ids = webhooks.stream().map(Webhook::getOwnerId).collect(Collectors.toSet());
    return people.active(ids).stream()
        .collect(Collectors.toMap(Person::getId, p -> new AgoraPrincipal(p.getId(), p.getUsername(), p.isAdmin())));
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
