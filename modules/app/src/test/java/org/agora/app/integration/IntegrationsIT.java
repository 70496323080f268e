package org.agora.app.integration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.SharedNode;
import org.agora.app.testing.WebhookReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Enterprise integration against real servers on loopback. Webhooks: a real HTTP receiver
 * checks every signature, sees only what the webhook's owner may see, and gets everything once
 * it comes back after being unavailable (503) and down (connection refused).
 *
 * Mail: a real SMTP server (GreenMail) on 127.0.0.1:3925 receives notification mail and digests.
 * Directory: a real LDAP server (UnboundID in-memory) on 127.0.0.1:10389 is synced on demand.
 *
 * <p>arquillian.xml lets webhooks use plain http to loopback and shortens the retry delays.
 */
@SharedNode
class IntegrationsIT {

  @SharedNode.Base URL base;

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
      // A delivery that met the 503s (which one depends on the dispatcher's timing on a busy machine).
      JsonObject first = log.stream()
          .filter(d -> d.getJsonArray("history").getValuesAs(JsonObject.class).stream()
              .anyMatch(h -> !h.isNull("statusCode") && h.getInt("statusCode") == 503))
          .findFirst().orElseThrow();
      List<JsonObject> history = first.getJsonArray("history").getValuesAs(JsonObject.class);
      assertThat(log).anyMatch(d -> d.getJsonArray("history").getValuesAs(JsonObject.class).stream()
          .anyMatch(h -> h.isNull("statusCode") && h.getString("error", "").contains("Connect")));
      assertThat(history.get(history.size() - 1).getInt("statusCode")).isEqualTo(200);
      assertThat(first.getInt("attempts")).isEqualTo(history.size());
    }
  }

  /** The LDAP port arquillian.xml gives every test server (agora.ldap.url). */
  static final int LDAP_PORT = 10389;
  static final String PEOPLE = "ou=people,dc=agora,dc=test";
  static final String LAB_GROUP = "cn=lab,ou=groups,dc=agora,dc=test";

  @Test
  void directorySyncCreatesUpdatesMovesDeactivatesAndBindsGroups() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=agora,dc=test");
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", java.net.InetAddress.getLoopbackAddress(), LDAP_PORT, null));
    config.setSchema(null); // entries with missing attributes are part of the test
    InMemoryDirectoryServer ldap = new InMemoryDirectoryServer(config);
    ldap.startListening();
    try {
      ldap.add("dn: dc=agora,dc=test", "objectClass: domain", "dc: agora");
      ldap.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
      ldap.add("dn: ou=groups,dc=agora,dc=test", "objectClass: organizationalUnit", "ou: groups");
      directoryPerson(ldap, "lmeyer", "Lena Meyer", "Research Lab", "Chemist");
      directoryPerson(ldap, "tkoch", "Tom Koch", "Research Lab", "Engineer");
      directoryPerson(ldap, "pwolf", "Paul Wolf", "Sales Floor", "Seller");
      ldap.add("dn: uid=broken," + PEOPLE, "objectClass: inetOrgPerson", "uid: broken", "sn: Broken"); // no cn
      ldap.add("dn: " + LAB_GROUP, "objectClass: groupOfNames", "cn: lab", "member: uid=lmeyer," + PEOPLE, "member: uid=tkoch," + PEOPLE);

      assertThat(finance.as(0).post("api/v1/admin/directory/sync", "").status()).isEqualTo(403);
      long lab = community(admin, "Lab", "SECRET");
      Api.Answer bound = admin.post("api/v1/admin/directory/bindings", "{\"communityId\":" + lab + ",\"groupDn\":\"" + LAB_GROUP + "\"}");
      assertThat(bound.status()).as(bound.toString()).isEqualTo(200);

      JsonObject first = sync();
      assertThat(first.getString("status")).isEqualTo("PARTIAL");
      assertThat(strings(first, "created")).containsExactlyInAnyOrder("lmeyer", "tkoch", "pwolf");
      assertThat(strings(first, "problems")).singleElement().asString()
          .contains("uid=broken," + PEOPLE).contains("missing attribute cn");
      assertThat(strings(first, "joined")).hasSize(2);
      Map<String, JsonObject> research = people("Research Lab");
      assertThat(research.keySet()).containsExactlyInAnyOrder("lmeyer", "tkoch");
      assertThat(research.get("tkoch").getString("title")).isEqualTo("Engineer");
      assertThat(research.get("lmeyer").getString("email")).isEqualTo("lmeyer@agora.test");
      assertThat(members(lab)).contains("lmeyer", "tkoch");

      // A new title, a move to another department, someone who left the company, someone who left the group.
      ldap.modify("uid=tkoch," + PEOPLE, new Modification(ModificationType.REPLACE, "title", "Lead Engineer"));
      ldap.modify("uid=pwolf," + PEOPLE, new Modification(ModificationType.REPLACE, "departmentNumber", "Research Lab"));
      ldap.delete("uid=lmeyer," + PEOPLE);
      ldap.modify(LAB_GROUP, new Modification(ModificationType.DELETE, "member", "uid=tkoch," + PEOPLE));
      JsonObject second = sync();
      assertThat(strings(second, "created")).isEmpty();
      assertThat(strings(second, "updated")).containsExactly("tkoch");
      assertThat(strings(second, "moved")).containsExactly("pwolf");
      assertThat(strings(second, "deactivated")).singleElement().asString().startsWithIgnoringCase("uid=lmeyer");
      assertThat(strings(second, "left")).hasSize(2);
      research = people("Research Lab");
      assertThat(research.get("pwolf").getString("title")).isEqualTo("Seller");
      assertThat(research.get("tkoch").getString("title")).isEqualTo("Lead Engineer");
      assertThat(research.get("lmeyer").getBoolean("active")).as("deactivated, never deleted").isFalse();
      assertThat(finance.as(0).get("api/v1/people/" + research.get("lmeyer").getInt("id")).status()).isEqualTo(404);
      assertThat(members(lab)).doesNotContain("lmeyer", "tkoch").contains("admin");

      JsonObject third = sync();
      for (String change : List.of("created", "updated", "moved", "deactivated", "reactivated", "joined", "left")) {
        assertThat(strings(third, change)).as("a repeated sync changes nothing: " + change).isEmpty();
      }
      assertThat(admin.get("api/v1/admin/directory/runs").json().getJsonArray("items")).hasSizeGreaterThanOrEqualTo(3);

      // The directory goes away: the sync fails visibly and changes nothing.
      ldap.shutDown(true);
      JsonObject failed = sync();
      assertThat(failed.getString("status")).isEqualTo("FAILED");
      assertThat(strings(failed, "problems")).singleElement().asString().contains("could not be read");
      assertThat(strings(failed, "deactivated")).isEmpty();
      assertThat(people("Research Lab").get("pwolf").getBoolean("active")).isTrue();
    } finally {
      ldap.shutDown(true);
    }
  }

  private JsonObject sync() {
    Api.Answer answer = admin.post("api/v1/admin/directory/sync", "");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private static void directoryPerson(InMemoryDirectoryServer ldap, String uid, String name, String department, String title)
      throws Exception {
    ldap.add("dn: uid=" + uid + "," + PEOPLE, "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + name,
        "sn: " + name.substring(name.indexOf(' ') + 1), "mail: " + uid + "@agora.test", "title: " + title,
        "departmentNumber: " + department);
  }

  private static List<String> strings(JsonObject report, String field) {
    return report.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
  }

  /** The people of a department by username, as an admin sees them (deactivated ones included). */
  private Map<String, JsonObject> people(String department) {
    return admin.get("api/v1/people?limit=100&department=" + department.replace(" ", "%20")).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject).collect(Collectors.toMap(p -> p.getString("username"), p -> p));
  }

  private Set<String> members(long communityId) {
    return admin.get("api/v1/communities/" + communityId + "/members?limit=100").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject).map(m -> m.getString("username")).collect(Collectors.toSet());
  }

  /** The SMTP port arquillian.xml gives every test server (agora.mail.port). */
  static final int SMTP_PORT = 3925;

  @Test
  void notificationMailInEnglishAndGermanOnceEvenWhenSmtpWasDownAndUnsubscribable() throws Exception {
    GreenMail[] smtp = {smtp()};
    List<MimeMessage> arrived = new ArrayList<>();
    String run = "run" + Long.toString(System.nanoTime(), 36); // demo data is mailed too: only this test's mail counts
    try {
      String german = finance.json(4).getString("email");
      String english = finance.json(3).getString("email");
      assertThat(finance.as(4).put("api/v1/me/mail", "{\"language\":\"de\"}").json().getString("language")).isEqualTo("de");
      assertThat(finance.as(4).put("api/v1/me/mail", "{\"language\":\"fr\"}").status()).isEqualTo(400);
      String author = finance.json(0).getString("displayName");

      long mentioning =
          post(finance.as(0), "Hallo @" + finance.username(4) + " und @" + finance.username(3) + ", bitte den Plan " + run, null);
      await("both mentions were mailed", () -> mails(collect(smtp[0], arrived), german, run).size() == 1
          && mails(arrived, english, run).size() == 1);
      MimeMessage de = mails(arrived, german, run).get(0);
      assertThat(de.getSubject()).isEqualTo(author + " hat Sie auf Agora erw\u00e4hnt");
      assertThat(de.getFrom()[0].toString()).isEqualTo("agora@agora.test");
      assertThat(text(de)).startsWith("Hallo ").contains("Diese E-Mails abbestellen");
      MimeMessage en = mails(arrived, english, run).get(0);
      assertThat(en.getSubject()).isEqualTo(author + " mentioned you on Agora");
      MimeMultipart parts = (MimeMultipart) en.getContent();
      assertThat(parts.getContentType()).startsWith("multipart/alternative");
      assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
      assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
      String text = text(en);
      String html = (String) parts.getBodyPart(1).getContent();
      assertThat(text).startsWith("Hello ").contains("bitte den Plan").contains("Unsubscribe from these emails: ");
      assertThat(html).contains("<li>").contains("mail/unsubscribe?token=");
      assertThat(text).as("the mail leads to the post's page").contains("/posts/" + mentioning);

      // Invitations and join requests are mailed too, each in the reader's language.
      String community = "Mailing " + run;
      Api.Answer created = finance.as(0).post("api/v1/communities", "{\"name\":\"" + community + "\",\"visibility\":\"RESTRICTED\"}");
      long restricted = created.json().getJsonNumber("id").longValue();
      assertThat(finance.as(0).post("api/v1/communities/" + restricted + "/invitations", "{\"personId\":" + finance.id(4) + "}")
          .status()).isEqualTo(204);
      assertThat(finance.as(1).put("api/v1/communities/" + restricted + "/membership", "{}").json().getString("state"))
          .isEqualTo("REQUESTED");
      String owner = finance.json(0).getString("email");
      await("the invitation and the join request were mailed", () -> collect(smtp[0], arrived).stream()
          .anyMatch(m -> recipient(m).equalsIgnoreCase(german) && subject(m).equals(author + " hat Sie in " + community + " eingeladen"))
          && arrived.stream().anyMatch(m -> recipient(m).equalsIgnoreCase(owner)
              && subject(m).equals(finance.json(1).getString("displayName") + " asked to join " + community)));

      // The SMTP server goes away: the mail waits in the queue, visible to admins, and arrives once when it is back.
      smtp[0].stop();
      post(finance.as(1), "@" + finance.username(3) + " while the mail server is down " + run, null);
      await("the failure is visible in the mail queue", () -> admin.get("api/v1/admin/mail/queue?status=PENDING&limit=500").json()
          .getJsonArray("items").stream().map(JsonValue::asJsonObject)
          .anyMatch(m -> m.getString("recipient").equals(english) && m.getInt("attempts") >= 1 && !m.isNull("lastError")));
      smtp[0] = smtp();
      await("the waiting mail arrived", () -> mails(collect(smtp[0], arrived), english, run).size() == 2);
      pause(Duration.ofSeconds(2));
      collect(smtp[0], arrived);
      assertThat(mails(arrived, english, run)).as("each notification mailed exactly once").hasSize(2);
      assertThat(mails(arrived, german, run)).as("the mention and the invitation").hasSize(2);
      assertThat(arrived.stream().map(m -> header(m, "Message-ID") + recipient(m)).distinct().count()).isEqualTo(arrived.size());

      // Unsubscribing by the link in the mail (no login) stops further mail.
      int at = text.indexOf("mail/unsubscribe?token=");
      String link = text.substring(at, text.indexOf('\n', at)).trim();
      String token = java.net.URLDecoder.decode(link.substring(link.indexOf("token=") + 6), java.nio.charset.StandardCharsets.UTF_8);
      String forged = token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");
      Api anonymous = Api.anonymous(base);
      assertThat(anonymous.get(link).status()).isEqualTo(200);
      assertThat(anonymous.postForm("mail/unsubscribe", "token=" + forged).status()).isEqualTo(400);
      Api.Answer unsubscribed = anonymous.postForm("mail/unsubscribe",
          "token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(unsubscribed.status()).as(unsubscribed.toString()).isEqualTo(200);
      assertThat(finance.as(3).get("api/v1/me/mail").json().getBoolean("notifications")).isFalse();
      post(finance.as(1), "@" + finance.username(3) + " after unsubscribing " + run, null);

      // A daily digest lists what the person has not read, once a day.
      assertThat(finance.as(2).put("api/v1/me/mail", "{\"digest\":\"DAILY\"}").status()).isEqualTo(200);
      post(finance.as(1), "@" + finance.username(2) + " digest material " + run, null);
      String digestTo = finance.json(2).getString("email");
      await("the mention mail for the digest reader", () -> mails(collect(smtp[0], arrived), digestTo, run).size() == 1);
      // The scheduler queues due digests too (every poll); whichever comes first, there is one.
      assertThat(admin.post("api/v1/admin/mail/digests", "").status()).isEqualTo(200);
      await("the digest arrived", () -> collect(smtp[0], arrived).stream()
          .anyMatch(m -> recipient(m).equalsIgnoreCase(digestTo) && subject(m).startsWith("Your Agora digest")));
      assertThat(admin.post("api/v1/admin/mail/digests", "").json().getInt("queued")).as("not twice a day").isZero();
      assertThat(finance.as(2).get("api/v1/admin/mail/queue").status()).isEqualTo(403);
      pause(Duration.ofSeconds(2));
      assertThat(mails(collect(smtp[0], arrived), english, run)).as("nothing after unsubscribing").hasSize(2);
    } finally {
      smtp[0].stop();
    }
  }

  @Test
  void whoGoesIsRemindedTheDayAndTheHourBeforeInTheAppAndByMailOnce() throws Exception {
    GreenMail smtp = smtp();
    List<MimeMessage> arrived = new ArrayList<>();
    String run = "run" + Long.toString(System.nanoTime(), 36);
    try {
      Colleagues sales = Colleagues.of(base, "Sales");
      Api organiser = sales.as(0);
      Api attendee = sales.as(1);
      String address = sales.json(1).getString("email");
      assertThat(attendee.put("api/v1/me/mail", "{\"language\":\"en\",\"notifications\":true}").status()).isEqualTo(200);
      OffsetDateTime now = OffsetDateTime.now().withSecond(0).withNano(0);
      long soon = event(organiser, "Stand-up " + run, now.plusMinutes(40));
      long tomorrow = event(organiser, "Planning " + run, now.plusHours(5));
      for (long event : List.of(soon, tomorrow)) {
        assertThat(attendee.put("api/v1/events/" + event + "/rsvp", "{\"answer\":\"YES\"}").status()).isEqualTo(200);
      }

      await("both reminders were mailed", () -> mails(collect(smtp, arrived), address, run).size() == 2);
      MimeMessage hour = arrived.stream().filter(m -> subject(m).equals("Coming up: Stand-up " + run)).findFirst().orElseThrow();
      assertThat(text(hour)).contains("you said you are going").contains("/events/" + soon);
      assertThat(arrived.stream().anyMatch(m -> subject(m).equals("Coming up: Planning " + run))).isTrue();
      List<JsonObject> reminders = attendee.get("api/v1/notifications?limit=20").json().getJsonArray("items")
          .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("type").equals("EVENT_REMINDER")
              && List.of("event:" + soon, "event:" + tomorrow).contains(n.getString("objectRef", ""))).toList();
      assertThat(reminders).hasSize(2).allMatch(n -> n.getInt("count") == 1);
      assertThat(organiser.get("api/v1/notifications?limit=20").body()).doesNotContain("EVENT_REMINDER");

      // Rounds run every 2 s here: a few more, and still one reminder each (the hour's comes later).
      pause(Duration.ofSeconds(5));
      assertThat(mails(collect(smtp, arrived), address, run)).as("each reminder once").hasSize(2);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aDepartmentsSurveyAsksEachColleagueInTheAppAndByMailOnce() {
    GreenMail smtp = smtp();
    List<MimeMessage> arrived = new ArrayList<>();
    String title = "Canteen survey run" + Long.toString(System.nanoTime(), 36);
    try {
      Colleagues support = Colleagues.of(base, "Customer Success");
      for (int i = 0; i < 2; i++) {
        assertThat(support.as(i).put("api/v1/me/mail", "{\"language\":\"en\",\"notifications\":true}").status()).isEqualTo(200);
      }
      long department = admin.get("api/v1/departments?limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
          .stream().filter(d -> d.getString("name").equals("Customer Success")).findFirst().orElseThrow()
          .getJsonNumber("id").longValue();
      Api.Answer created = admin.post("api/v1/surveys", "{\"title\":\"" + title + "\",\"questions\":[{\"kind\":\"SCALE\","
          + "\"text\":\"How do you like the new canteen?\"}],\"audience\":{\"kind\":\"DEPARTMENTS\",\"departmentIds\":["
          + department + "]},\"closesAt\":\"" + OffsetDateTime.now().plusDays(2).withNano(0) + "\"}");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      long survey = created.json().getJsonNumber("id").longValue();

      for (int i = 0; i < 2; i++) {
        Api colleague = support.as(i);
        String address = support.json(i).getString("email");
        await("colleague " + i + " is asked in the app", () -> invitations(colleague, survey).size() == 1);
        JsonObject invitation = invitations(colleague, survey).get(0);
        assertThat(invitation.getInt("count")).isEqualTo(1);
        assertThat(invitation.getString("summary")).endsWith(" asked you to answer a survey");
        await("colleague " + i + " is asked by mail", () -> mails(collect(smtp, arrived), address, title).size() == 1);
        MimeMessage mail = mails(arrived, address, title).get(0);
        assertThat(subject(mail)).endsWith("asks for your answers: " + title);
        assertThat(text(mail)).contains("asked you to answer the survey " + title).contains("/surveys/" + survey);
      }
      assertThat(admin.get("api/v1/notifications?limit=50").body()).as("the owner is not asked").doesNotContain("survey:" + survey);
      pause(Duration.ofSeconds(3));
      for (int i = 0; i < 2; i++) {
        assertThat(mails(collect(smtp, arrived), support.json(i).getString("email"), title)).as("mailed once").hasSize(1);
      }
    } finally {
      smtp.stop();
    }
  }

  /** The person's SURVEY_INVITED lines about one survey. */
  private static List<JsonObject> invitations(Api person, long surveyId) {
    return person.get("api/v1/notifications?limit=50").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(n -> n.getString("type").equals("SURVEY_INVITED") && n.getString("objectRef", "").equals("survey:" + surveyId))
        .toList();
  }

  private static long event(Api organiser, String title, OffsetDateTime start) {
    Api.Answer created = organiser.post("api/v1/events", "{\"title\":\"" + title + "\",\"startsAt\":\"" + start
        + "\",\"endsAt\":\"" + start.plusMinutes(30) + "\",\"timeZone\":\"Europe/Berlin\",\"location\":\"Room Havel\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  /** The mails to an address whose text mentions the marker. */
  private static List<MimeMessage> mails(List<MimeMessage> messages, String address, String marker) {
    return messages.stream().filter(m -> recipient(m).equalsIgnoreCase(address) && text(m).contains(marker)).toList();
  }

  private static String text(MimeMessage message) {
    try {
      return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail smtp() {
    GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  /** Adds what arrived since the last look (GreenMail keeps it per server instance) and answers all. */
  private static List<MimeMessage> collect(GreenMail smtp, List<MimeMessage> arrived) {
    MimeMessage[] now = smtp.getReceivedMessages();
    Set<String> seen = arrived.stream().map(m -> header(m, "Message-ID") + "|" + recipient(m)).collect(Collectors.toSet());
    for (MimeMessage message : now) {
      if (!seen.contains(header(message, "Message-ID") + "|" + recipient(message))) {
        arrived.add(message);
      }
    }
    return arrived;
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, null);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
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
