package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.agora.activity.boundary.ActivityDocuments;
import org.agora.bookmarks.boundary.Bookmarks;
import org.agora.bookmarks.entity.BookmarkView;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.integration.entity.WebhookEvent;
import org.agora.platform.boundary.JsonbConfigurator;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.AgoraPrincipal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders an event as the Activity Streams 2.0 document a webhook's owner receives, or nothing
 * when the owner may not see it. The modules that own each kind of thing decide visibility.
 *
 * <p>Each call runs in a transaction of its own: a service that answers "not found" with an
 * exception rolls back only this lookup, never the fan-out that asked.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Documents {

  static final String CONTEXT = "https://www.w3.org/ns/activitystreams";

  @PersistenceContext EntityManager em;
  @Inject ActivityDocuments activities;
  @Inject CommunityAccess communities;
  @Inject Bookmarks bookmarks;

  @Inject
  @ConfigProperty(name = "agora.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  public Optional<String> render(AgoraPrincipal owner, String eventType, JsonObject payload, Instant published) {
    URI base = URI.create(publicUrl.endsWith("/") ? publicUrl : publicUrl + "/");
    Optional<Map<String, Object>> document = switch (eventType) {
      case WebhookEvent.POST_CREATED, WebhookEvent.COMMENT_CREATED, WebhookEvent.POST_SHARED ->
          activities.activity(owner, payload.getJsonNumber("activityId").longValue(), base);
      case WebhookEvent.MEMBER_JOINED, WebhookEvent.MEMBER_LEFT -> membership(owner, eventType, payload, published, base);
      case WebhookEvent.COMMUNITY_CREATED -> communityCreated(owner, payload, published, base);
      case WebhookEvent.BOOKMARK_SAVED -> bookmark(owner, payload, base);
      default -> Optional.empty();
    };
    return document.map(d -> JsonbConfigurator.jsonb().toJson(d));
  }

  private Optional<Map<String, Object>> membership(
      AgoraPrincipal owner, String eventType, JsonObject payload, Instant published, URI base) {
    long communityId = payload.getJsonNumber("communityId").longValue();
    if (!communities.canRead(owner, communityId)) {
      return Optional.empty();
    }
    Map<String, Object> document = document(
        WebhookEvent.MEMBER_JOINED.equals(eventType) ? "Join" : "Leave",
        person(payload.getJsonNumber("personId").longValue(), base), published);
    document.put("object", group(communityId, base));
    return Optional.of(document);
  }

  private Optional<Map<String, Object>> communityCreated(AgoraPrincipal owner, JsonObject payload, Instant published, URI base) {
    long communityId = payload.getJsonNumber("communityId").longValue();
    if (!communities.canSee(owner, communityId)) {
      return Optional.empty();
    }
    Map<String, Object> document = document("Create", person(payload.getJsonNumber("byId").longValue(), base), published);
    document.put("object", group(communityId, base));
    return Optional.of(document);
  }

  private Optional<Map<String, Object>> bookmark(AgoraPrincipal owner, JsonObject payload, URI base) {
    long saverId = payload.getJsonNumber("personId").longValue();
    Long communityId = EventTypes.communityId(payload);
    boolean visible = switch (payload.getString("visibility", "PRIVATE")) {
      case "PUBLIC" -> true;
      case "COMMUNITY" -> communityId != null && communities.canRead(owner, communityId);
      default -> owner.id() == saverId;
    };
    if (!visible) {
      return Optional.empty();
    }
    BookmarkView bookmark = bookmarks.get(owner, payload.getJsonNumber("bookmarkId").longValue());
    Map<String, Object> document = document("Add", person(saverId, base), bookmark.createdAt());
    document.put("id", base.resolve("api/v1/bookmarks/" + bookmark.id()).toString());
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("type", "Link");
    link.put("href", bookmark.url());
    link.put("name", bookmark.title());
    document.put("object", link);
    if (bookmark.communityId() != null) {
      document.put("target", group(bookmark.communityId(), base));
    }
    return Optional.of(document);
  }

  private static Map<String, Object> document(String type, Map<String, Object> actor, Instant published) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("@context", CONTEXT);
    document.put("type", type);
    document.put("actor", actor);
    document.put("published", published.toString());
    return document;
  }

  private Map<String, Object> person(long id, URI base) {
    Map<String, Object> actor = new LinkedHashMap<>();
    actor.put("type", "Person");
    actor.put("id", base.resolve("api/v1/people/" + id).toString());
    actor.put("url", base.resolve("people/" + id).toString());
    NativeSql.rows(em.createNativeQuery("select display_name, username from person_card where id = ?1").setParameter(1, id),
            r -> Map.entry(r.nextText(), r.nextText()))
        .forEach(names -> {
          actor.put("name", names.getKey());
          actor.put("preferredUsername", names.getValue());
        });
    return actor;
  }

  private Map<String, Object> group(long id, URI base) {
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("type", "Group");
    group.put("id", base.resolve("api/v1/communities/" + id).toString());
    group.put("url", base.resolve("communities/" + id).toString());
    NativeSql.rows(em.createNativeQuery("select name from community_card where id = ?1").setParameter(1, id),
            NativeSql.Row::nextText)
        .forEach(name -> group.put("name", name));
    return group;
  }
}
