package org.agora.app.communities;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;

/**
 * Private, secret and restricted data written through the API by a random cast of demo colleagues,
 * for {@link CountsAgreementIT}: communities of every visibility with members, invitees, requesters
 * and leavers; posts, some shared into those communities and some shares deleted; comments and
 * reactions; links saved by several people with every visibility; one member whose account is then
 * disabled. It remembers what it wrote, so the test can pick objects, never what anyone may see.
 */
final class CountsWorld {

  /** One colleague of the cast, with a token so each request costs a hash lookup, not PBKDF2. */
  record Person(long id, Api api) {}

  /** A generated community and its active members. */
  record Community(long id, String visibility, Set<Long> members) {}

  /** A generated post and everyone who shared it (also those who deleted their share again). */
  record Post(long id, Long communityId, Set<Long> sharers) {}

  final Api admin;
  final List<Person> cast = new ArrayList<>();
  final List<Community> communities = new ArrayList<>();
  final List<Post> posts = new ArrayList<>();
  final List<Long> bookmarks = new ArrayList<>();
  long disabledPerson;
  long endorsedPerson;
  String endorsedSkill;

  private final Random random;

  private CountsWorld(Api admin, Random random) {
    this.admin = admin;
    this.random = random;
  }

  static CountsWorld generate(URL base, Random random, int castSize) {
    Api admin = Colleagues.admin(base);
    CountsWorld world = new CountsWorld(admin.withToken(token(admin)), random);
    List<JsonObject> everyone = everyone(world.admin);
    Collections.shuffle(everyone, random);
    // Only colleagues with the demo password: other test classes add people who sign in through SSO alone.
    Iterator<JsonObject> candidates = everyone.iterator();
    while (world.cast.size() < castSize) {
      JsonObject person = candidates.next();
      Api basic = Api.anonymous(base).as(person.getString("username"), Colleagues.PASSWORD);
      tokenOf(basic).ifPresent(token ->
          world.cast.add(new Person(person.getJsonNumber("id").longValue(), Api.anonymous(base).withToken(token))));
    }
    world.communities();
    world.posts();
    world.bookmarks();
    while (true) {
      JsonObject leaver = candidates.next();
      Api basic = Api.anonymous(base).as(leaver.getString("username"), Colleagues.PASSWORD);
      if (basic.get("api/v1/me").status() == 200) {
        world.disabledMember(basic, leaver.getJsonNumber("id").longValue());
        return world;
      }
    }
  }

  /** Two communities of each visibility; members join, are invited, ask, or leave again. */
  private void communities() {
    for (String visibility : List.of("PUBLIC", "RESTRICTED", "SECRET", "PUBLIC", "RESTRICTED", "SECRET")) {
      Person owner = anyone();
      long id = created(owner.api().post("api/v1/communities", "{\"name\":\"Counts " + visibility + " "
          + System.nanoTime() + "\",\"description\":\"counts\",\"visibility\":\"" + visibility + "\"}"));
      Community community = new Community(id, visibility, new HashSet<>(Set.of(owner.id())));
      communities.add(community);
      for (int i = 0; i < 8; i++) {
        Person person = anyone();
        if (community.members().contains(person.id())) continue;
        String path = "api/v1/communities/" + id;
        switch (visibility) {
          case "PUBLIC" -> person.api().put(path + "/membership", "{}");
          case "RESTRICTED" -> {
            person.api().put(path + "/membership", "{}"); // asks
            if (random.nextInt(3) == 0) continue; // and waits
            owner.api().put(path + "/requests/" + person.id(), "");
          }
          default -> {
            owner.api().post(path + "/invitations", "{\"personId\":" + person.id() + "}");
            if (random.nextInt(3) == 0) continue; // invited, not yet in
            person.api().put(path + "/membership", "{}");
          }
        }
        if (random.nextInt(6) == 0) {
          person.api().delete(path + "/membership");
        } else {
          community.members().add(person.id());
        }
      }
    }
  }

  /**
   * Posts on profiles and in communities; shares of the shareable ones to profiles and into any
   * community the sharer belongs to; comments, reactions, and some of each deleted again.
   */
  private void posts() {
    for (int i = 0; i < 16; i++) {
      Person author = anyone();
      Community where = random.nextBoolean() ? null : communityOf(author);
      long id = created(author.api().post("api/v1/posts", "{\"text\":\"Counts post " + i + "\""
          + (where == null ? "" : ",\"communityId\":" + where.id()) + "}"));
      Post post = new Post(id, where == null ? null : where.id(), new LinkedHashSet<>());
      posts.add(post);
      boolean shareable = where == null || where.visibility().equals("PUBLIC");
      for (int s = random.nextInt(6); s > 0; s--) {
        Person sharer = shareable ? anyone() : memberOf(where);
        Community into = shareable ? (random.nextInt(5) < 2 ? null : communityOf(sharer)) : where;
        long share = created(sharer.api().post("api/v1/posts/" + id + "/shares",
            into == null ? "{}" : "{\"communityId\":" + into.id() + "}"));
        post.sharers().add(sharer.id());
        if (random.nextInt(5) == 0) {
          sharer.api().delete("api/v1/posts/" + share);
        }
      }
      for (int c = random.nextInt(4); c > 0; c--) {
        Person commenter = where == null ? anyone() : memberOf(where);
        long comment =
            created(commenter.api().post("api/v1/posts/" + id + "/comments", "{\"text\":\"Counts comment\"}"));
        if (random.nextInt(4) == 0) {
          commenter.api().delete("api/v1/posts/" + comment);
        }
      }
      for (int r = random.nextInt(4); r > 0; r--) {
        Person reactor = where == null ? anyone() : memberOf(where);
        reactor.api().put("api/v1/posts/" + id + "/reactions", "{\"kind\":\"LIKE\"}"); // 409 when twice
      }
    }
  }

  /** Each link saved by several colleagues: publicly, privately, or into one of their communities. */
  private void bookmarks() {
    for (int i = 0; i < 10; i++) {
      String url = "https://counts.example/" + i + "-" + System.nanoTime();
      Set<Long> savers = new HashSet<>();
      for (int s = 2 + random.nextInt(5); s > 0; s--) {
        Person saver = anyone();
        if (!savers.add(saver.id())) continue;
        Community into = communityOf(saver);
        String visibility = switch (random.nextInt(3)) {
          case 0 -> "PUBLIC";
          case 1 -> "PRIVATE";
          default -> into == null ? "PRIVATE" : "COMMUNITY";
        };
        bookmarks.add(created(saver.api().post("api/v1/bookmarks", "{\"url\":\"" + url + "\",\"visibility\":\""
            + visibility + "\"" + (visibility.equals("COMMUNITY") ? ",\"communityId\":" + into.id() : "") + "}")));
      }
    }
  }

  /**
   * A colleague joins a public community and endorses someone of the cast, then leaves the company:
   * their account is disabled, and nobody but admins lists them any more.
   */
  private void disabledMember(Api leaver, long leaverId) {
    Community community = communities.get(0);
    assertThat(leaver.put("api/v1/communities/" + community.id() + "/membership", "{}").status()).isEqualTo(200);
    for (Person person : cast) {
      var skills = admin.get("api/v1/people/" + person.id()).json().getJsonArray("skills");
      if (!skills.isEmpty()) {
        endorsedSkill = skills.getString(0);
        endorsedPerson = person.id();
        String endorse = "api/v1/people/" + person.id() + "/skills/" + encoded(endorsedSkill) + "/endorsements";
        assertThat(leaver.put(endorse, "").status()).isEqualTo(204);
        break;
      }
    }
    assertThat(admin.post("api/v1/admin/people/" + leaverId + "/disable", "{}").status()).isEqualTo(200);
    disabledPerson = leaverId;
  }

  /** Gives the disabled colleague their account back, so the demo company is as it was. */
  void restore() {
    if (disabledPerson != 0) {
      admin.post("api/v1/admin/people/" + disabledPerson + "/enable", "{}");
    }
  }

  List<Api> readers() {
    List<Api> readers = new ArrayList<>(cast.stream().map(Person::api).toList());
    readers.add(admin);
    return readers;
  }

  private Person anyone() {
    return cast.get(random.nextInt(cast.size()));
  }

  /** A random generated community the person actively belongs to, or null when there is none. */
  private Community communityOf(Person person) {
    List<Community> theirs = communities.stream().filter(c -> c.members().contains(person.id())).toList();
    return theirs.isEmpty() ? null : theirs.get(random.nextInt(theirs.size()));
  }

  private Person memberOf(Community community) {
    List<Person> members = cast.stream().filter(p -> community.members().contains(p.id())).toList();
    return members.get(random.nextInt(members.size()));
  }

  static String encoded(String segment) {
    return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static long created(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
    return answer.json().getJsonNumber("id").longValue();
  }

  private static String token(Api basic) {
    return tokenOf(basic).orElseThrow(() -> new AssertionError("no token for the admin"));
  }

  /** A personal access token, or empty for someone the password does not sign in. */
  private static Optional<String> tokenOf(Api basic) {
    Api.Answer created = basic.post("api/v1/me/tokens", "{\"name\":\"counts agreement\"}");
    if (created.status() == 401) {
      return Optional.empty();
    }
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return Optional.of(created.json().getString("token"));
  }

  /** The cursor of the next page, or null on the last. */
  static String next(JsonObject page) {
    return page.get("next") instanceof jakarta.json.JsonString next ? next.getString() : null;
  }

  /** Every active colleague but the admin, as the directory lists them. */
  private static List<JsonObject> everyone(Api admin) {
    List<JsonObject> people = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = admin.get("api/v1/people?limit=100" + (cursor == null ? "" : "&cursor=" + cursor)).json();
      page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
          .filter(p -> !p.getBoolean("admin", false) && p.getBoolean("active", true))
          .forEach(people::add);
      cursor = next(page);
    } while (cursor != null);
    return people;
  }
}
