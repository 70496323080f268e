package org.agora.app.activity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.SharedNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posts, comments, reactions, shares, feeds and notifications over the API, permissions included. */
@SharedNode
class ActivityIT {

  @SharedNode.Base URL base;

  Api admin;
  Colleagues marketing;

  @BeforeEach
  void colleagues() {
    admin = Colleagues.admin(base);
    marketing = Colleagues.of(base, "Marketing");
  }

  Api as(int person) {
    return marketing.as(person);
  }

  long id(int person) {
    return marketing.id(person);
  }

  String username(int person) {
    return marketing.username(person);
  }

  static long idOf(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().getJsonNumber("id").longValue();
  }

  static List<Long> ids(Api.Answer feed) {
    assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
    return feed.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  private long post(Api author, String text) {
    return idOf(author.post("api/v1/posts", "{\"text\":" + jsonString(text) + "}"));
  }

  private long postIn(Api author, long communityId, String text) {
    return idOf(author.post("api/v1/posts", "{\"text\":" + jsonString(text) + ",\"communityId\":" + communityId + "}"));
  }

  private long community(Api owner, String name, String visibility) {
    return idOf(owner.post("api/v1/communities",
        "{\"name\":" + jsonString(name) + ",\"description\":\"test\",\"visibility\":\"" + visibility + "\"}"));
  }

  static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @Test
  void aPostReachesTheAuthorsFollowersButNotStrangers() {
    as(1).put("api/v1/people/" + id(0) + "/follow", "");
    as(2).delete("api/v1/people/" + id(0) + "/follow");
    long post = post(as(0), "Quarterly campaign results are in! **Thanks all**");

    assertThat(ids(as(0).get("api/v1/feed/home"))).contains(post);
    assertThat(ids(as(1).get("api/v1/feed/home"))).contains(post);
    assertThat(ids(as(2).get("api/v1/feed/home?limit=100"))).doesNotContain(post);
    assertThat(ids(as(2).get("api/v1/people/" + id(0) + "/feed"))).contains(post);

    JsonObject item = as(1).get("api/v1/posts/" + post).json().getJsonObject("post");
    assertThat(item.getString("html")).contains("<strong>Thanks all</strong>");
    assertThat(item.getJsonObject("actor").getString("username")).isEqualTo(username(0));
  }

  @Test
  void mentionsNotifyAndTagsMakeFeeds() {
    long post = post(as(0), "Hey @" + username(3) + ", see #LaunchPlan for the #launch-plan details");
    JsonObject item = admin.get("api/v1/posts/" + post).json().getJsonObject("post");
    assertThat(item.getString("html")).contains("/people/" + id(3)).contains("/tags/launchplan");
    assertThat(ids(as(2).get("api/v1/tags/LaunchPlan/feed"))).contains(post);

    String notifications = as(3).get("api/v1/notifications?unread=true").body();
    assertThat(notifications).contains("MENTIONED").contains("mentioned you");

    // Following a tag brings its posts home.
    as(4).put("api/v1/me/tags/launch-plan", "");
    assertThat(ids(as(4).get("api/v1/feed/home?limit=100"))).contains(post);
    assertThat(as(4).get("api/v1/me/tags").body()).contains("launch-plan");
  }

  @Test
  void commentsReactionsAndSharesAreCountedAndNotified() {
    long post = post(as(0), "What do you think of the new brand colours?");
    long comment = idOf(as(1).post("api/v1/posts/" + post + "/comments", "{\"text\":\"Love the teal\"}"));
    assertThat(as(1).post("api/v1/posts/" + comment + "/comments", "{\"text\":\"nested\"}").status()).isEqualTo(409);

    for (int reactor = 1; reactor <= 3; reactor++) {
      assertThat(as(reactor).put("api/v1/posts/" + post + "/reactions", "{\"kind\":\"CELEBRATE\"}").status()).isEqualTo(204);
    }
    Api.Answer twice = as(1).put("api/v1/posts/" + post + "/reactions", "{\"kind\":\"LIKE\"}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.contentType()).startsWith("application/problem+json");
    assertThat(as(1).put("api/v1/posts/" + post + "/reactions", "{\"kind\":\"SHRUG\"}").status()).isEqualTo(400);

    long share = idOf(as(4).post("api/v1/posts/" + post + "/shares", "{\"text\":\"Worth a look\"}"));

    JsonObject thread = as(2).get("api/v1/posts/" + post).json();
    JsonObject item = thread.getJsonObject("post");
    assertThat(item.getInt("comments")).isEqualTo(1);
    assertThat(item.getInt("reactionCount")).isEqualTo(3);
    assertThat(item.getJsonObject("reactions").getInt("CELEBRATE")).isEqualTo(3);
    assertThat(item.getString("myReaction")).isEqualTo("CELEBRATE");
    assertThat(item.getInt("shares")).isEqualTo(1);
    assertThat(thread.getJsonArray("comments")).hasSize(1);

    JsonObject shared = as(0).get("api/v1/posts/" + share).json().getJsonObject("post");
    assertThat(shared.getString("type")).isEqualTo("SHARE");
    assertThat(shared.getJsonObject("shared").getJsonNumber("id").longValue()).isEqualTo(post);

    // Three reactions are one line, not three.
    List<JsonObject> lines = as(0).get("api/v1/notifications").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject).filter(n -> n.getString("type").equals("REACTED")
            && n.getJsonNumber("activityId").longValue() == post).toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).getInt("count")).isEqualTo(3);
    assertThat(lines.get(0).getString("summary")).endsWith("and 2 others reacted to your post");
    assertThat(as(0).get("api/v1/notifications").body()).contains("REPLIED").contains("SHARED");

    long unread = as(0).get("api/v1/notifications/unread-count").json().getJsonNumber("unread").longValue();
    assertThat(unread).isGreaterThanOrEqualTo(5);
    assertThat(as(0).put("api/v1/notifications/" + lines.get(0).getJsonNumber("id").longValue() + "/read", "").status())
        .isEqualTo(204);
    assertThat(as(0).get("api/v1/notifications/unread-count").json().getJsonNumber("unread").longValue()).isEqualTo(unread - 3);
    as(0).post("api/v1/notifications/read-all", "");
    assertThat(as(0).get("api/v1/notifications/unread-count").json().getJsonNumber("unread").longValue()).isZero();

    assertThat(as(1).delete("api/v1/posts/" + post + "/reactions").status()).isEqualTo(204);
    assertThat(as(1).delete("api/v1/posts/" + post + "/reactions").status()).isEqualTo(404);
  }

  /**
   * A public post's shares count only the shares the reader can see: shares into a secret or a
   * restricted community stay the members' business, and a deleted share is no share.
   */
  @Test
  void sharesIntoCommunitiesTheReaderCannotReadAreNotCounted() {
    long post = post(as(0), "Our new pricing page is live");
    long secret = community(as(1), "Pricing War Room " + System.nanoTime(), "SECRET");
    long restricted = community(as(1), "Pricing Council " + System.nanoTime(), "RESTRICTED");
    idOf(as(1).post("api/v1/posts/" + post + "/shares", "{\"communityId\":" + secret + "}"));
    idOf(as(1).post("api/v1/posts/" + post + "/shares", "{\"communityId\":" + restricted + "}"));
    assertThat(shares(as(2), post)).isZero();
    assertThat(shares(as(1), post)).isEqualTo(2);
    assertThat(shares(admin, post)).isEqualTo(2);

    long open = idOf(as(3).post("api/v1/posts/" + post + "/shares", "{\"text\":\"look\"}"));
    assertThat(shares(as(2), post)).isEqualTo(1);
    assertThat(as(3).delete("api/v1/posts/" + open).status()).isEqualTo(204);
    assertThat(shares(as(2), post)).isZero();
  }

  private static int shares(Api reader, long post) {
    return reader.get("api/v1/posts/" + post).json().getJsonObject("post").getInt("shares");
  }

  @Test
  void switchedOffNotificationsAreNotSent() {
    as(0).put("api/v1/notifications/preferences", "{\"REACTED\":false}");
    assertThat(as(0).get("api/v1/notifications/preferences").json().getBoolean("REACTED")).isFalse();
    long post = post(as(0), "quiet please");
    as(1).put("api/v1/posts/" + post + "/reactions", "{\"kind\":\"LIKE\"}");
    assertThat(as(0).get("api/v1/notifications?limit=100").body()).doesNotContain("\"activityId\":" + post + ",");
    as(0).put("api/v1/notifications/preferences", "{\"REACTED\":true}");
  }

  @Test
  void editingKeepsAMarkAndDeletingIsForAuthorsModeratorsAndAdmins() {
    long post = post(as(0), "Draft: offsite in May");
    assertThat(as(1).patch("api/v1/posts/" + post, "{\"text\":\"hacked\"}").status()).isEqualTo(403);
    assertThat(as(0).patch("api/v1/posts/" + post, "{\"text\":\"Offsite in June\"}").status()).isEqualTo(204);
    JsonObject edited = as(1).get("api/v1/posts/" + post).json().getJsonObject("post");
    assertThat(edited.getString("text")).isEqualTo("Offsite in June");
    assertThat(edited.getBoolean("edited")).isTrue();
    JsonObject history = as(1).get("api/v1/posts/" + post + "/revisions").json();
    assertThat(history.getJsonArray("items").getJsonObject(0).getString("text")).isEqualTo("Draft: offsite in May");

    assertThat(as(1).delete("api/v1/posts/" + post).status()).isEqualTo(403);
    assertThat(admin.delete("api/v1/posts/" + post).status()).isEqualTo(204);
    assertThat(as(1).get("api/v1/posts/" + post).status()).isEqualTo(404);
    assertThat(as(1).post("api/v1/posts/" + post + "/comments", "{\"text\":\"late\"}").status()).isEqualTo(409);
    assertThat(ids(as(0).get("api/v1/people/" + id(0) + "/feed?limit=100"))).doesNotContain(post);

    long own = post(as(0), "mine to delete");
    assertThat(as(0).delete("api/v1/posts/" + own).status()).isEqualTo(204);
  }

  @Test
  void questionsGetAcceptedAnswers() {
    long question = idOf(as(0).post("api/v1/posts", "{\"text\":\"Which CRM do we use for events?\",\"question\":true}"));
    long answer = idOf(as(2).post("api/v1/posts/" + question + "/comments", "{\"text\":\"Salesforce, campaign module\"}"));
    assertThat(as(1).put("api/v1/posts/" + question + "/answer/" + answer, "").status()).isEqualTo(403);
    assertThat(as(0).put("api/v1/posts/" + question + "/answer/" + answer, "").status()).isEqualTo(204);
    JsonObject item = as(1).get("api/v1/posts/" + question).json().getJsonObject("post");
    assertThat(item.getBoolean("question")).isTrue();
    assertThat(item.getJsonNumber("acceptedAnswerId").longValue()).isEqualTo(answer);
    assertThat(as(2).get("api/v1/notifications").body()).contains("ANSWER_ACCEPTED");
    assertThat(ids(as(0).get("api/v1/people/" + id(0) + "/feed?type=questions"))).contains(question);
    long plain = post(as(0), "not a question");
    assertThat(ids(as(0).get("api/v1/people/" + id(0) + "/feed?type=questions&limit=100"))).doesNotContain(plain);
  }

  @Test
  void badPostsAreClearProblems() {
    Api me = as(0);
    assertThat(me.post("api/v1/posts", "{\"text\":\"  \"}").status()).isEqualTo(400);
    Api.Answer tooLong = me.post("api/v1/posts", "{\"text\":\"" + "x".repeat(10_001) + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("text");
    assertThat(me.post("api/v1/posts", "{\"text\":\"hi\",\"communityId\":987654}").status()).isEqualTo(404);
    assertThat(me.post("api/v1/posts/987654/comments", "{\"text\":\"hi\"}").status()).isEqualTo(404);
    assertThat(me.get("api/v1/feed/home?type=videos").status()).isEqualTo(400);
  }

  @Test
  void secretCommunityContentNeverLeaks() {
    long secret = community(as(0), "Project Nightingale " + System.nanoTime(), "SECRET");
    long post = postIn(as(0), secret, "Confidential: @" + username(2) + " we acquire #nightingale");
    // The outsider was mentioned, yet sees nothing: not the post, not a notification, not the tag.
    Api outsider = as(2);
    assertThat(outsider.get("api/v1/posts/" + post).status()).isEqualTo(404);
    assertThat(ids(outsider.get("api/v1/tags/nightingale/feed"))).doesNotContain(post);
    assertThat(ids(outsider.get("api/v1/people/" + id(0) + "/feed?limit=100"))).doesNotContain(post);
    outsider.put("api/v1/me/tags/nightingale", "");
    as(2).put("api/v1/people/" + id(0) + "/follow", "");
    assertThat(ids(outsider.get("api/v1/feed/home?limit=100"))).doesNotContain(post);
    assertThat(outsider.get("api/v1/notifications?limit=100").body()).doesNotContain("\"activityId\":" + post + ",");
    assertThat(outsider.get("api/v1/communities/" + secret + "/feed").status()).isEqualTo(404);
    assertThat(outsider.post("api/v1/posts/" + post + "/comments", "{\"text\":\"hi\"}").status()).isEqualTo(404);
    assertThat(outsider.put("api/v1/posts/" + post + "/reactions", "{\"kind\":\"LIKE\"}").status()).isEqualTo(404);
    assertThat(outsider.post("api/v1/posts", "{\"text\":\"x\",\"communityId\":" + secret + "}").status()).isEqualTo(404);
    // A member cannot carry it outside by sharing either.
    assertThat(as(0).post("api/v1/posts/" + post + "/shares", "{\"text\":\"look\"}").status()).isEqualTo(403);
    // The owner still sees everything.
    assertThat(ids(as(0).get("api/v1/communities/" + secret + "/feed"))).contains(post);
    assertThat(ids(as(0).get("api/v1/tags/nightingale/feed"))).contains(post);
  }

  /** A long thread is read a page at a time, oldest first; the count is what the reader can list. */
  @Test
  void aThreadIsReadInPagesOldestFirst() {
    long post = post(as(0), "Long thread " + System.nanoTime());
    List<Long> written = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      written.add(idOf(as(1 + i % 3).post("api/v1/posts/" + post + "/comments", "{\"text\":\"reply " + i + "\"}")));
    }
    // The sixth reply was written by person 3 (1 + 5 % 3): its author deletes it.
    assertThat(as(3).delete("api/v1/posts/" + written.remove(5)).status()).isEqualTo(204);

    JsonObject thread = as(4).get("api/v1/posts/" + post).json();
    assertThat(thread.getJsonObject("post").getInt("comments")).isEqualTo(22);
    assertThat(thread.getJsonArray("comments")).hasSize(20);
    List<Long> read = new ArrayList<>();
    String cursor = null;
    do {
      Api.Answer page = as(4).get("api/v1/posts/" + post + "/comments?limit=8" + (cursor == null ? "" : "&cursor=" + cursor));
      read.addAll(ids(page));
      cursor = page.json().isNull("next") ? null : page.json().getString("next");
    } while (cursor != null);
    assertThat(read).isEqualTo(written);

    // A comment's permalink leads to its post's thread; a secret post's comments are not there for outsiders.
    assertThat(as(4).get("api/v1/posts/" + written.get(3)).json().getJsonObject("post").getJsonNumber("id").longValue())
        .isEqualTo(post);
    long secret = community(as(0), "Thread secret " + System.nanoTime(), "SECRET");
    long hidden = postIn(as(0), secret, "members only");
    idOf(as(0).post("api/v1/posts/" + hidden + "/comments", "{\"text\":\"still members only\"}"));
    Api.Answer refused = as(2).get("api/v1/posts/" + hidden + "/comments");
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(as(2).get("api/v1/posts/" + post + "/comments?limit=0").status()).isEqualTo(400);
  }

  @Test
  void pagingIsStableWhilePostsArrive() {
    Api author = as(4);
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(post(author, "paging " + i));
    }
    JsonObject first = author.get("api/v1/people/" + id(4) + "/feed?limit=3").json();
    Set<Long> seen = new HashSet<>(ids(author.get("api/v1/people/" + id(4) + "/feed?limit=3")));
    String cursor = first.getString("next");
    post(author, "arrives while paging");
    post(author, "arrives while paging too");
    while (cursor != null) {
      JsonObject page = author.get("api/v1/people/" + id(4) + "/feed?limit=3&cursor=" + cursor).json();
      for (JsonValue v : page.getJsonArray("items")) {
        assertThat(seen.add(v.asJsonObject().getJsonNumber("id").longValue())).as("shown twice").isTrue();
      }
      cursor = page.isNull("next") ? null : page.getString("next");
    }
    assertThat(seen).containsAll(created);
  }

  @Test
  void activityStreamsIsServedOnRequest() {
    long post = post(as(0), "Hello #as2");
    Api.Answer as2 = as(0).get("api/v1/people/" + id(0) + "/feed?limit=5", "application/activity+json");
    assertThat(as2.status()).isEqualTo(200);
    assertThat(as2.contentType()).startsWith("application/activity+json");
    JsonObject page = as2.json();
    assertThat(page.getString("@context")).isEqualTo("https://www.w3.org/ns/activitystreams");
    assertThat(page.getString("type")).isEqualTo("OrderedCollectionPage");
    JsonObject item = page.getJsonArray("orderedItems").getJsonObject(0);
    assertThat(item.getString("type")).isEqualTo("Create");
    assertThat(item.getString("id")).endsWith("/api/v1/activities/" + post);
    assertThat(item.getJsonObject("actor").getString("type")).isEqualTo("Person");
    assertThat(item.getJsonObject("object").getString("type")).isEqualTo("Note");
    assertThat(item.getString("published")).isNotBlank();
    assertThat(as(0).get("api/v1/people/" + id(0) + "/feed").contentType()).startsWith("application/json");
  }

  @Test
  void socialEventsShowUpInTheStream() {
    as(3).delete("api/v1/people/" + id(4) + "/follow");
    as(3).put("api/v1/people/" + id(4) + "/follow", "");
    JsonObject latest = as(1).get("api/v1/people/" + id(3) + "/feed?limit=1").json().getJsonArray("items").getJsonObject(0);
    assertThat(latest.getString("type")).isEqualTo("FOLLOWED");
    assertThat(latest.getJsonObject("target").getJsonNumber("id").longValue()).isEqualTo(id(4));
    assertThat(ids(as(1).get("api/v1/people/" + id(3) + "/feed?type=posts&limit=100")))
        .doesNotContain(latest.getJsonNumber("id").longValue());
  }

  @Test
  void unreadMarkersCountNewPostsPerCommunity() {
    long community = community(as(0), "Unread Club " + System.nanoTime(), "PUBLIC");
    as(1).put("api/v1/communities/" + community + "/membership", "{}");
    long seen = postIn(as(0), community, "old news");
    assertThat(as(1).put("api/v1/communities/" + community + "/feed/read-marker", "{\"lastSeenId\":" + seen + "}").status())
        .isEqualTo(204);
    assertThat(as(1).get("api/v1/me/unread").body()).doesNotContain("\"communityId\":" + community + ",");

    long fresh = postIn(as(0), community, "fresh news");
    JsonObject badge = as(1).get("api/v1/me/unread").json().getJsonArray("communities").stream()
        .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("communityId").longValue() == community)
        .findFirst().orElseThrow();
    assertThat(badge.getInt("unread")).isEqualTo(1);
    assertThat(ids(as(1).get("api/v1/communities/" + community + "/feed?unread=true"))).containsExactly(fresh);

    // Markers only move forward.
    as(1).put("api/v1/communities/" + community + "/feed/read-marker", "{\"lastSeenId\":" + fresh + "}");
    as(1).put("api/v1/communities/" + community + "/feed/read-marker", "{\"lastSeenId\":1}");
    assertThat(ids(as(1).get("api/v1/communities/" + community + "/feed?unread=true"))).isEmpty();

    long homeSeen = ids(as(1).get("api/v1/feed/home?limit=1")).get(0);
    as(1).put("api/v1/feed/home/read-marker", "{\"lastSeenId\":" + homeSeen + "}");
    long newer = postIn(as(0), community, "newest news");
    assertThat(ids(as(1).get("api/v1/feed/home?unread=true"))).containsExactly(newer);
    assertThat(as(1).put("api/v1/feed/home/read-marker", "{\"lastSeenId\":-5}").status()).isEqualTo(400);
  }
}
