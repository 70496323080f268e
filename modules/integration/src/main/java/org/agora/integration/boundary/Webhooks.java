package org.agora.integration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.communities.entity.Membership;
import org.agora.communities.entity.Role;
import org.agora.integration.control.Signatures;
import org.agora.integration.entity.DeliveryStatus;
import org.agora.integration.entity.DeliveryView;
import org.agora.integration.entity.Webhook;
import org.agora.integration.entity.WebhookEvent;
import org.agora.integration.entity.WebhookView;
import org.agora.platform.boundary.AuditLog;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.Outbox;
import org.agora.platform.entity.AgoraPrincipal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registering, listing and removing webhooks, and their delivery logs. Admins register webhooks
 * for the whole company or one community; a community's owners for their community, or for
 * everything they can see. A webhook only ever receives what its owner may see. Others' webhooks
 * are 404, as if they did not exist (admins see all).
 */
@ApplicationScoped
@Transactional
public class Webhooks {

  @PersistenceContext EntityManager em;
  @Inject CommunityAccess communities;
  @Inject AuditLog audit;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** Plain http to 127.0.0.1/localhost, for tests and local receivers; never in production. */
  @Inject
  @ConfigProperty(name = "agora.webhooks.allow-http-loopback", defaultValue = "false")
  boolean allowHttpLoopback;

  public WebhookView register(AgoraPrincipal caller, WebhookRequest request) {
    URI url = checkedUrl(request.url);
    List<String> events = checkedEvents(request.events);
    mayRegister(caller, request.communityId);
    long cursor = outbox.newestId();
    Webhook webhook = new Webhook(caller.id(), request.communityId, url.toString(), Signatures.newSecret(), events, cursor,
        Instant.now(clock));
    em.persist(webhook);
    em.flush();
    audit.record("webhook.registered", "webhook", webhook.getId(), url.getHost() + " " + String.join(",", events));
    return WebhookView.of(webhook, true);
  }

  public List<WebhookView> list(AgoraPrincipal caller) {
    return em.createQuery(
            "select w from Webhook w where :admin = true or w.ownerId = :owner order by w.id", Webhook.class)
        .setParameter("admin", caller.admin()).setParameter("owner", caller.id())
        .getResultList().stream().map(w -> WebhookView.of(w, false)).toList();
  }

  public WebhookView get(AgoraPrincipal caller, long id) {
    return WebhookView.of(owned(caller, id), false);
  }

  public void delete(AgoraPrincipal caller, long id) {
    Webhook webhook = owned(caller, id);
    em.remove(webhook);
    audit.record("webhook.deleted", "webhook", id, webhook.getUrl());
  }

  /** The newest deliveries first, each with its attempts and the status codes they got. */
  public List<DeliveryView> deliveries(AgoraPrincipal caller, long id, int limit, DeliveryStatus status) {
    owned(caller, id);
    List<DeliveryView> deliveries = NativeSql.rows(em.createNativeQuery(
                "select id, outbox_id, event_type, status, attempts, last_status_code, last_error, created_at, next_attempt_at,"
                    + " delivered_at from webhook_delivery where webhook_id = ?1 and (cast(?2 as varchar) is null or status = ?2)"
                    + " order by id desc limit ?3")
            .setParameter(1, id).setParameter(2, status == null ? null : status.name()).setParameter(3, limit),
        r -> new DeliveryView(r.nextLong(), r.nextLong(), r.nextText(), DeliveryStatus.valueOf(r.nextText()), r.nextInt(),
            r.nextIntOrNull(), r.nextText(), r.nextInstant(), r.nextInstant(), r.nextInstant(), List.of()));
    Map<Long, List<DeliveryView.Attempt>> history = attempts(deliveries.stream().map(DeliveryView::id).toList());
    return deliveries.stream().map(d -> d.withHistory(history.getOrDefault(d.id(), List.of()))).toList();
  }

  /** Sends a delivery again, a given-up one included, under the same delivery id. */
  public void redeliver(AgoraPrincipal caller, long id, long deliveryId) {
    owned(caller, id);
    int changed = em.createNativeQuery(
            "update webhook_delivery set status = 'PENDING', next_attempt_at = ?3 where id = ?2 and webhook_id = ?1")
        .setParameter(1, id).setParameter(2, deliveryId).setParameter(3, Instant.now(clock).atOffset(ZoneOffset.UTC))
        .executeUpdate();
    if (changed == 0) {
      throw new NotFoundException("No delivery with id " + deliveryId + " for webhook " + id);
    }
  }

  private Map<Long, List<DeliveryView.Attempt>> attempts(List<Long> deliveryIds) {
    Map<Long, List<DeliveryView.Attempt>> byDelivery = new LinkedHashMap<>();
    if (deliveryIds.isEmpty()) {
      return byDelivery;
    }
    NativeSql.rows(em.createNativeQuery(
                "select delivery_id, attempt, at, status_code, error, duration_ms from webhook_attempt"
                    + " where delivery_id = any(cast(?1 as bigint[])) order by delivery_id, attempt")
            .setParameter(1, NativeSql.ids(deliveryIds)),
        r -> Map.entry(r.nextLong(), new DeliveryView.Attempt(r.nextInt(), r.nextInstant(), r.nextIntOrNull(), r.nextText(),
            r.nextInt())))
        .forEach(e -> byDelivery.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return byDelivery;
  }

  private Webhook owned(AgoraPrincipal caller, long id) {
    Webhook webhook = em.find(Webhook.class, id);
    if (webhook == null || !(caller.admin() || webhook.getOwnerId() == caller.id())) {
      throw new NotFoundException("No webhook with id " + id);
    }
    return webhook;
  }

  private void mayRegister(AgoraPrincipal caller, Long communityId) {
    if (communityId != null) {
      if (!communities.canSee(caller, communityId)) {
        throw new NotFoundException("No community with id " + communityId);
      }
      boolean owner = communities.membership(caller.id(), communityId)
          .filter(Membership::isActive).map(m -> m.getRole() == Role.OWNER).orElse(false);
      if (!caller.admin() && !owner) {
        throw new ForbiddenException("communityId: only the community's owners and admins register webhooks for it");
      }
      return;
    }
    if (!caller.admin() && !ownsACommunity(caller.id())) {
      throw new ForbiddenException("Only admins and community owners register webhooks.");
    }
  }

  private boolean ownsACommunity(long personId) {
    return !em.createNativeQuery(
            "select 1 from community_member m join community_card c on c.id = m.community_id"
                + " where m.person_id = ?1 and m.role = 'OWNER' and c.deleted_at is null limit 1")
        .setParameter(1, personId)
        .getResultList().isEmpty();
  }

  private URI checkedUrl(String raw) {
    URI url;
    try {
      url = new URI(raw.trim());
    } catch (URISyntaxException e) {
      throw new BadRequestException("url: not a valid URL");
    }
    if (url.getHost() == null || url.getUserInfo() != null || url.getFragment() != null) {
      throw new BadRequestException("url: must be an absolute https URL with a host, without credentials or fragment");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
    if (scheme.equals("https")) {
      return url;
    }
    if (scheme.equals("http") && allowHttpLoopback && isLoopback(url.getHost())) {
      return url;
    }
    throw new BadRequestException("url: must use https"
        + (allowHttpLoopback ? " (plain http only to a loopback address)" : ""));
  }

  private static boolean isLoopback(String host) {
    try {
      return host.equalsIgnoreCase("localhost") || InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static List<String> checkedEvents(List<String> events) {
    List<String> checked = new ArrayList<>();
    for (String event : events) {
      if (event == null || !WebhookEvent.ALL.contains(event)) {
        throw new BadRequestException("events: unknown event type '" + event + "' (known: " + String.join(", ", WebhookEvent.ALL) + ")");
      }
      if (!checked.contains(event)) {
        checked.add(event);
      }
    }
    return checked;
  }
}
