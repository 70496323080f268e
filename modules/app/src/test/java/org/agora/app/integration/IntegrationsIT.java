package org.agora.app.integration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.Deployments;
import org.agora.app.testing.WebhookReceiver;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enterprise integration against real servers on loopback. Webhooks: a real HTTP receiver
 * checks every signature, sees only what the webhook's owner may see, and gets everything once
 * it comes back after being unavailable (503) and down (connection refused).
 *
 * <p>arquillian.xml lets webhooks use plain http to loopback and shortens the retry delays.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrationsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.agora();
  }

  @ArquillianResource URL base;

  Colleagues finance;
  Api admin;

  @BeforeEach
  void colleagues() {
    finance = Colleagues.of(base, "Finance");
    admin = Colleagues.admin(base);
  }

  @Test
  void signedDeliveriesCarryOnlyWhatTheOwnerMaySee() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Api owner = finance.as(0);
      long ownCommunity = community(owner, "Hooks", "PUBLIC");
      JsonObject ownerHook = register(receiver, owner, "/owner", "\"post.created\",\"member.joined\"", null);
      assertThat(ownerHook.getString("secret")).matches("[0-9a-f]{64}");
      assertThat(owner.get("api/v1/webhooks/" + ownerHook.getInt("id")).json().isNull("secret")).isTrue();
      JsonObject adminHook = register(receiver, admin, "/admin", "\"post.created\",\"bookmark.saved\"", null);
      long ownerId = ownerHook.getJsonNumber("id").longValue();
      long adminId = adminHook.getJsonNumber("id").longValue();

      long secretCommunity = community(finance.as(1), "Hidden", "SECRET");
      long secretPost = post(finance.as(1), "about the secret merger", secretCommunity);
      long publicPost = post(finance.as(1), "the canteen reopens", null);
      assertThat(finance.as(2).put("api/v1/communities/" + ownCommunity + "/membership", "{}").status()).isEqualTo(200);
      String link = "https://example.com/handbook-" + System.nanoTime();
      assertThat(finance.as(3).post("api/v1/bookmarks",
          "{\"url\":\"" + link + "\",\"title\":\"Handbook\",\"visibility\":\"PUBLIC\"}").status()).isEqualTo(201);

      await("the admin's webhook got both posts and the bookmark", () -> activityIds(receiver.accepted(adminId), "post.created")
          .containsAll(Set.of(secretPost, publicPost)) && events(receiver.accepted(adminId)).contains("bookmark.saved"));
      await("the owner's webhook got the public post and the join", () -> activityIds(receiver.accepted(ownerId), "post.created")
          .contains(publicPost) && events(receiver.accepted(ownerId)).contains("member.joined"));
      pause(Duration.ofSeconds(3)); // time enough for a wrong delivery to arrive too

      assertThat(receiver.received()).allMatch(WebhookReceiver.Received::signatureValid);
      assertThat(activityIds(receiver.accepted(ownerId), "post.created"))
          .as("a secret community's post never reaches someone who cannot read it")
          .contains(publicPost).doesNotContain(secretPost);
      assertThat(receiver.received()).noneMatch(r -> r.webhookId() == ownerId && r.body().contains("secret merger"));

      JsonObject created = body(receiver.accepted(adminId).stream().filter(r -> r.body().contains("canteen")).findFirst().orElseThrow());
      assertThat(created.getString("@context")).isEqualTo("https://www.w3.org/ns/activitystreams");
      assertThat(created.getString("type")).isEqualTo("Create");
      assertThat(created.getJsonObject("actor").getString("preferredUsername")).isEqualTo(finance.username(1));
      assertThat(created.getJsonObject("object").getString("content")).contains("canteen reopens");
      JsonObject joined = body(receiver.accepted(ownerId).stream().filter(r -> r.event().equals("member.joined")).findFirst().orElseThrow());
      assertThat(joined.getString("type")).isEqualTo("Join");
      assertThat(joined.getJsonObject("actor").getString("preferredUsername")).isEqualTo(finance.username(2));
      assertThat(joined.getJsonObject("object").getString("id")).endsWith("/communities/" + ownCommunity);
      JsonObject saved = body(receiver.accepted(adminId).stream().filter(r -> r.event().equals("bookmark.saved")).findFirst().orElseThrow());
      assertThat(saved.getString("type")).isEqualTo("Add");
      assertThat(saved.getJsonObject("object").getString("href")).isEqualTo(link);

      // The delivery log shows what the receiver answered.
      await("the admin's deliveries are logged as delivered",
          () -> deliveries(adminId).stream().allMatch(d -> d.getString("status").equals("DELIVERED")));
      JsonObject logged = admin.get("api/v1/webhooks/" + adminId + "/deliveries").json().getJsonArray("items").getJsonObject(0);
      assertThat(logged.getString("status")).isEqualTo("DELIVERED");
      assertThat(logged.getInt("lastStatusCode")).isEqualTo(200);
      assertThat(logged.getJsonArray("history").getJsonObject(0).getInt("statusCode")).isEqualTo(200);

      // Others' webhooks do not exist for me; only owners and admins register; bad input is named.
      assertThat(finance.as(2).get("api/v1/webhooks/" + ownerId).status()).isEqualTo(404);
      assertThat(finance.as(2).get("api/v1/webhooks/" + ownerId + "/deliveries").status()).isEqualTo(404);
      assertThat(finance.as(2).post("api/v1/webhooks", request(receiver.url("/x"), "\"post.created\"", ownCommunity)).status())
          .isEqualTo(403);
      Api.Answer notHttps = admin.post("api/v1/webhooks", request("http://example.com/hook", "\"post.created\"", null));
      assertThat(notHttps.status()).isEqualTo(400);
      assertThat(notHttps.body()).contains("url: must use https");
      Api.Answer unknown = admin.post("api/v1/webhooks", request(receiver.url("/x"), "\"post.exploded\"", null));
      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.body()).contains("events: unknown event type 'post.exploded'");
      assertThat(owner.delete("api/v1/webhooks/" + ownerId).status()).isEqualTo(204);
      assertThat(owner.get("api/v1/webhooks/" + ownerId).status()).isEqualTo(404);
    }
  }

  @Test
  void aReceiverThatIsDownGetsEverythingWhenItComesBack() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      JsonObject hook = register(receiver, admin, "/flaky", "\"post.created\"", null);
      long hookId = hook.getJsonNumber("id").longValue();
      List<Long> posts = new ArrayList<>();

      receiver.answer503();
      for (int i = 0; i < 3; i++) {
        posts.add(post(finance.as(i), "while the receiver is unavailable " + i, null));
      }
      await("attempts answered 503 are logged", () -> deliveries(hookId).stream()
          .filter(d -> d.getJsonArray("history").size() >= 2)
          .anyMatch(d -> d.getInt("lastStatusCode", 0) == 503));

      receiver.down();
      for (int i = 0; i < 3; i++) {
        posts.add(post(finance.as(i), "while the receiver is down " + i, null));
      }
      await("refused connections are logged with their reason", () -> deliveries(hookId).stream()
          .anyMatch(d -> d.isNull("lastStatusCode") && d.getString("lastError", "").contains("Connect")));
      assertThat(deliveries(hookId)).allMatch(d -> d.getString("status").equals("PENDING"));

      receiver.up();
      await("every post arrived once the receiver came back",
          () -> activityIds(receiver.accepted(hookId), "post.created").containsAll(posts));
      await("the log shows every delivery delivered",
          () -> deliveries(hookId).stream().allMatch(d -> d.getString("status").equals("DELIVERED")));

      List<WebhookReceiver.Received> accepted = receiver.accepted(hookId);
      assertThat(receiver.received()).allMatch(WebhookReceiver.Received::signatureValid);
      Map<Long, List<WebhookReceiver.Received>> byDelivery =
          accepted.stream().collect(Collectors.groupingBy(WebhookReceiver.Received::deliveryId));
      assertThat(byDelivery).as("one delivery per post").hasSize(posts.size());
      byDelivery.values().forEach(copies -> assertThat(copies.stream().map(WebhookReceiver.Received::body).distinct())
          .as("a repeated delivery id carries the same body").hasSize(1));
      assertThat(activityIds(accepted, "post.created")).containsExactlyInAnyOrderElementsOf(posts);

      List<JsonObject> log = deliveries(hookId);
      assertThat(log).hasSize(posts.size());
      JsonObject first = log.stream().filter(d -> d.getJsonArray("history").size() >= 3).findFirst().orElseThrow();
      List<JsonObject> history = first.getJsonArray("history").getValuesAs(JsonObject.class);
      assertThat(history.get(0).getInt("statusCode")).isEqualTo(503);
      assertThat(history.get(history.size() - 1).getInt("statusCode")).isEqualTo(200);
      assertThat(first.getInt("attempts")).isEqualTo(history.size());
    }
  }

  // --- helpers

  private JsonObject register(WebhookReceiver receiver, Api as, String path, String events, Long communityId) {
    Api.Answer answer = as.post("api/v1/webhooks", request(receiver.url(path), events, communityId));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    JsonObject hook = answer.json();
    receiver.trust(hook.getJsonNumber("id").longValue(), hook.getString("secret"));
    return hook;
  }

  private static String request(String url, String events, Long communityId) {
    return "{\"url\":\"" + url + "\",\"events\":[" + events + "]" + (communityId == null ? "" : ",\"communityId\":" + communityId) + "}";
  }

  private static long community(Api owner, String name, String visibility) {
    Api.Answer created = owner.post("api/v1/communities",
        "{\"name\":\"" + name + " " + System.nanoTime() + "\",\"visibility\":\"" + visibility + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static long post(Api author, String text, Long communityId) {
    Api.Answer created = author.post("api/v1/posts",
        "{\"text\":\"" + text + "\"" + (communityId == null ? "" : ",\"communityId\":" + communityId) + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private List<JsonObject> deliveries(long hookId) {
    return admin.get("api/v1/webhooks/" + hookId + "/deliveries?limit=500").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject).toList();
  }

  private static JsonObject body(WebhookReceiver.Received received) {
    return Json.createReader(new StringReader(received.body())).readObject();
  }

  private static Set<String> events(List<WebhookReceiver.Received> received) {
    return received.stream().map(WebhookReceiver.Received::event).collect(Collectors.toSet());
  }

  /** The ids of the activities in the deliveries of one event type (from the AS2 {@code id}). */
  private static Set<Long> activityIds(List<WebhookReceiver.Received> received, String event) {
    return received.stream().filter(r -> r.event().equals(event))
        .map(r -> body(r).getString("id"))
        .map(id -> Long.parseLong(id.substring(id.lastIndexOf('/') + 1)))
        .collect(Collectors.toSet());
  }

  private static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plusSeconds(60);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited 60 s for: " + what).isBefore(deadline);
      pause(Duration.ofMillis(250));
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
