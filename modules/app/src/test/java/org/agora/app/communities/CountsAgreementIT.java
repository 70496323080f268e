package org.agora.app.communities;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.agora.app.testing.Api;
import org.agora.app.testing.SharedNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counts agree with lists, as an API client sees them: for random (reader, object) pairs over the
 * demo company plus generated private, secret and restricted data ({@link CountsWorld}), every
 * count an answer shows equals the number of items that reader can list through the API. A count
 * that is larger tells the reader that something exists which they may not see.
 */
@SharedNode
class CountsAgreementIT {

  static final int PAIRS = 200;

  static CountsWorld world;

  @SharedNode.Base URL base;

  @BeforeEach
  void world() {
    if (world == null) {
      world = CountsWorld.generate(base, new Random(2412), 30);
    }
  }

  @AfterAll
  static void restore() {
    if (world != null) {
      world.restore();
    }
  }

  /** savedBy: this bookmark and the other saves of its link the reader finds under "who else saved it". */
  @Test
  void savedByIsTheNumberOfSavesTheReaderCanList() {
    Random random = new Random(1);
    Agreement savedBy = new Agreement("bookmark savedBy");
    for (int i = 0; i < PAIRS; i++) {
      Api reader = reader(random);
      long bookmark = random.nextBoolean()
          ? pick(world.bookmarks, random) : anyListed(reader, "api/v1/bookmarks?limit=50", random);
      Api.Answer shown = reader.get("api/v1/bookmarks/" + bookmark);
      if (shown.status() == 404) {
        savedBy.hidden();
        continue;
      }
      long listed = 1 + items(reader.get("api/v1/bookmarks/" + bookmark + "/savers")).size();
      savedBy.compare("bookmark " + bookmark, shown.json().getJsonNumber("savedBy").longValue(), listed);
    }
    savedBy.assertAgrees();
  }

  /** shares: the shares of the post the reader finds in the sharers' streams. */
  @Test
  void sharesAreTheSharesTheReaderCanList() {
    Random random = new Random(2);
    Map<String, List<JsonObject>> streams = new HashMap<>();
    long oldest = world.posts.get(0).id();
    Agreement shares = new Agreement("post shares");
    for (int i = 0; i < PAIRS; i++) {
      int r = random.nextInt(world.readers().size());
      Api reader = world.readers().get(r);
      CountsWorld.Post post = pick(world.posts, random);
      Api.Answer shown = reader.get("api/v1/posts/" + post.id());
      if (shown.status() == 404) {
        shares.hidden();
        continue;
      }
      long listed = 0;
      for (long sharer : post.sharers()) {
        listed += streams.computeIfAbsent(r + ":" + sharer, k -> stream(reader, sharer, oldest)).stream()
            .filter(item -> item.getString("type").equals("SHARE") && item.get("shared") instanceof JsonObject shared
                && shared.getJsonNumber("id").longValue() == post.id())
            .count();
      }
      long count = shown.json().getJsonObject("post").getJsonNumber("shares").longValue();
      shares.compare("post " + post.id(), count, listed);
    }
    shares.assertAgrees();
  }

  /** comments: the comments the reader pages through; reactionCount: the reactions shown per kind. */
  @Test
  void commentsAndReactionsAreWhatTheReaderCanList() {
    Random random = new Random(3);
    Agreement comments = new Agreement("post comments");
    Agreement reactions = new Agreement("post reactionCount");
    for (int i = 0; i < PAIRS; i++) {
      Api reader = reader(random);
      long post = random.nextBoolean()
          ? pick(world.posts, random).id() : anyListed(reader, "api/v1/feed/home?limit=20", random);
      Api.Answer shown = reader.get("api/v1/posts/" + post);
      if (shown.status() == 404) {
        comments.hidden();
        continue;
      }
      JsonObject item = shown.json().getJsonObject("post");
      long listed = every(reader, "api/v1/posts/" + post + "/comments");
      comments.compare("post " + post, item.getJsonNumber("comments").longValue(), listed);
      long perKind =
          item.getJsonObject("reactions").values().stream().mapToLong(v -> ((JsonNumber) v).longValue()).sum();
      reactions.compare("post " + post, item.getJsonNumber("reactionCount").longValue(), perKind);
    }
    comments.assertAgrees();
    reactions.assertAgrees();
  }

  /**
   * memberCount: the members the reader can page through; none shown (null) where they may see the
   * community but not who is in it (restricted without being a member, secret while only invited).
   */
  @Test
  void memberCountsAreTheMembersTheReaderCanList() {
    Random random = new Random(4);
    List<Long> communities = ids(world.admin, "api/v1/communities?limit=100");
    Agreement members = new Agreement("community memberCount");
    for (int i = 0; i < PAIRS; i++) {
      Api reader = reader(random);
      long community = pick(communities, random);
      Api.Answer shown = reader.get("api/v1/communities/" + community);
      if (shown.status() == 404) {
        members.hidden();
        continue;
      }
      String path = "api/v1/communities/" + community + "/members";
      Long listed = reader.get(path).status() == 403 ? null : every(reader, path);
      JsonValue count = shown.json().get("memberCount");
      Long memberCount = count instanceof JsonNumber n ? Long.valueOf(n.longValue()) : null;
      members.compare("community " + community, memberCount, listed);
    }
    members.assertAgrees();
  }

  /** An expert's endorsements for a topic: the endorsers the reader can list for that skill. */
  @Test
  void expertEndorsementsAreTheEndorsersTheReaderCanList() {
    Random random = new Random(5);
    String skill = CountsWorld.encoded(world.endorsedSkill);
    Agreement endorsements = new Agreement("expert endorsements");
    for (int i = 0; i < PAIRS / 4; i++) {
      Api reader = reader(random);
      JsonObject expert = items(reader.get("api/v1/experts?limit=50&topic=" + skill)).stream()
          .filter(e -> e.getJsonNumber("id").longValue() == world.endorsedPerson).findFirst().orElse(null);
      if (expert == null) {
        endorsements.hidden();
        continue;
      }
      long shown = expert.getJsonArray("signals").stream().map(JsonValue::asJsonObject)
          .filter(s -> s.getString("kind").equals("endorsements")).mapToLong(s -> s.getJsonNumber("count").longValue())
          .sum();
      endorsements.compare("person " + world.endorsedPerson, shown,
          every(reader, "api/v1/people/" + world.endorsedPerson + "/skills/" + skill + "/endorsements"));
    }
    endorsements.assertAgrees();
  }

  /** Pairs compared, pairs whose object the reader may not see at all, and the counts that disagreed. */
  static final class Agreement {
    private final String count;
    private int compared;
    private int hidden;
    private final List<String> disagreements = new ArrayList<>();

    Agreement(String count) {
      this.count = count;
    }

    void hidden() {
      hidden++;
    }

    void compare(String object, Long shown, Long listed) {
      compared++;
      if (!Objects.equals(shown, listed)) {
        disagreements.add(object + " shows " + shown + ", lists " + listed);
      }
    }

    void assertAgrees() {
      System.out.printf("counts agreement, %s: %d pairs compared, %d not visible, %d disagreements%n",
          count, compared, hidden, disagreements.size());
      assertThat(compared).as(count + ": pairs compared").isGreaterThan(PAIRS / 10);
      assertThat(disagreements).as(count + ": a count differs from what the reader can list").isEmpty();
    }
  }

  private static Api reader(Random random) {
    return pick(world.readers(), random);
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  /** A random item of the first page the reader lists there. */
  private static long anyListed(Api reader, String path, Random random) {
    List<JsonObject> listed = items(reader.get(path));
    assertThat(listed).as(path).isNotEmpty();
    return pick(listed, random).getJsonNumber("id").longValue();
  }

  /** How many items the reader lists there, paging to the end. */
  private static long every(Api reader, String path) {
    return all(reader, path + (path.contains("?") ? "&" : "?") + "limit=100").size();
  }

  private static List<Long> ids(Api reader, String path) {
    return all(reader, path).stream().map(item -> item.getJsonNumber("id").longValue()).toList();
  }

  private static List<JsonObject> all(Api reader, String path) {
    List<JsonObject> all = new ArrayList<>();
    String cursor = null;
    do {
      Api.Answer page = reader.get(path + (cursor == null ? "" : "&cursor=" + cursor));
      all.addAll(items(page));
      cursor = CountsWorld.next(page.json());
    } while (cursor != null);
    return all;
  }

  /** A person's stream as the reader sees it, back to the oldest generated post. */
  private static List<JsonObject> stream(Api reader, long person, long oldest) {
    List<JsonObject> stream = new ArrayList<>();
    String cursor = null;
    do {
      String path = "api/v1/people/" + person + "/feed?limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
      Api.Answer page = reader.get(path);
      List<JsonObject> items = items(page);
      stream.addAll(items);
      boolean pastOldest = items.isEmpty() || items.getLast().getJsonNumber("id").longValue() < oldest;
      cursor = pastOldest ? null : CountsWorld.next(page.json());
    } while (cursor != null);
    return stream;
  }

  private static List<JsonObject> items(Api.Answer page) {
    return items(page, "items");
  }

  private static List<JsonObject> items(Api.Answer page, String array) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.json().getJsonArray(array).stream().map(JsonValue::asJsonObject).toList();
  }
}
