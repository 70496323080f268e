package org.agora.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.WebSocketHandshakeException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.SharedNode;
import org.agora.app.testing.Stream;
import org.agora.app.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live stream over a real WebSocket: who gets what, resume, refusals and bad input. */
@SharedNode
class LiveIT {

  static final Duration WAIT = Duration.ofSeconds(10);

  @SharedNode.Base URL base;

  Colleagues sales;
  URI root;

  @BeforeEach
  void colleagues() {
    sales = Colleagues.of(base, "Sales");
    root = Api.baseUri(base);
  }

  Stream stream(int person, String query) {
    return Stream.open(root, sales.username(person), Colleagues.PASSWORD, query);
  }

  long post(int author, String text) {
    return idOf(sales.as(author).post("api/v1/posts", "{\"text\":\"" + text + "\"}"));
  }

  long postIn(int author, long community, String text) {
    return idOf(sales.as(author).post("api/v1/posts", "{\"text\":\"" + text + "\",\"communityId\":" + community + "}"));
  }

  static long idOf(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().getJsonNumber("id").longValue();
  }

  static long cursor(JsonObject frame) {
    return frame.getJsonNumber("cursor").longValue();
  }

  static JsonObject activity(Stream stream, long activityId) {
    return stream.next(f -> f.getString("type").equals("activity")
        && f.getJsonNumber("activityId").longValue() == activityId, WAIT);
  }

  @Test
  void anonymousAndRevokedCallersAreRefusedAndRevokingClosesOpenStreams() {
    assertThatThrownBy(() -> Stream.connect(root, null, null))
        .hasCauseInstanceOf(WebSocketHandshakeException.class);
    assertThatThrownBy(() -> Stream.withToken(root, "agora_pat_not-a-real-token", null))
        .hasCauseInstanceOf(WebSocketHandshakeException.class);

    JsonObject created = sales.as(3).post("api/v1/me/tokens", "{\"name\":\"live test\"}").json();
    String token = created.getString("token");
    try (Stream byHeader = Stream.withToken(root, token, null);
        Stream byQuery = Stream.connect(root, null, "access_token=" + token)) {
      assertThat(byHeader.next("counts", WAIT).getJsonNumber("cursor").longValue()).isPositive();
      byQuery.next("counts", WAIT);

      assertThat(sales.as(3).delete("api/v1/me/tokens/" + created.getJsonNumber("id")).status()).isEqualTo(204);
      assertThat(byHeader.closeCode(WAIT)).isEqualTo(1008);
      assertThat(byQuery.closeCode(WAIT)).isEqualTo(1008);
    }
    assertThatThrownBy(() -> Stream.withToken(root, token, null))
        .hasCauseInstanceOf(WebSocketHandshakeException.class);
  }

  @Test
  void aPostReachesAFollowerAtOnceAndTheAuthorToo() {
    sales.as(1).put("api/v1/people/" + sales.id(0) + "/follow", "");
    try (Stream follower = stream(1, null); Stream author = stream(0, null)) {
      long start = cursor(follower.next("counts", WAIT));
      long post = post(0, "Pipeline review at three");

      JsonObject frame = activity(follower, post);
      assertThat(frame.getString("change")).isEqualTo("created");
      assertThat(frame.getJsonNumber("actorId").longValue()).isEqualTo(sales.id(0));
      assertThat(cursor(frame)).isGreaterThan(start);
      activity(author, post);
    }
  }

  @Test
  void aSecretCommunityPostNeverReachesAnOutsider() {
    sales.as(2).put("api/v1/people/" + sales.id(0) + "/follow", "");
    long secret = idOf(sales.as(0).post("api/v1/communities",
        "{\"name\":\"Deal room " + System.nanoTime() + "\",\"description\":\"hush\",\"visibility\":\"SECRET\"}"));
    try (Stream outsider = stream(2, null); Stream owner = stream(0, null)) {
      outsider.next("counts", WAIT);
      // Subscribing to it is refused like a community that does not exist.
      outsider.send("{\"subscribe\":{\"community\":" + secret + "}}");
      JsonObject refused = outsider.next("error", WAIT);
      assertThat(refused.getString("error")).isEqualTo("forbidden");

      long hidden = postIn(0, secret, "Confidential pricing");
      long open = post(0, "Public news");
      activity(owner, hidden);

      // The public post came after the secret one: once it is here, the secret one would be too.
      List<JsonObject> seen = new java.util.ArrayList<>();
      outsider.next(f -> seen.add(f) && f.getString("type").equals("activity")
          && f.getJsonNumber("activityId").longValue() == open, WAIT);
      assertThat(seen).noneMatch(f -> f.getString("type").equals("activity")
          && f.getJsonNumber("activityId").longValue() == hidden);
    }
  }

  @Test
  void subscribingToAReadableCommunityBringsItsPosts() {
    long club = idOf(sales.as(4).post("api/v1/communities",
        "{\"name\":\"Running club " + System.nanoTime() + "\",\"description\":\"5k\",\"visibility\":\"PUBLIC\"}"));
    try (Stream reader = stream(3, null)) {
      reader.next("counts", WAIT);
      reader.send("{\"subscribe\":{\"community\":" + club + "}}");
      assertThat(reader.next("subscribed", WAIT).getString("stream")).isEqualTo("community:" + club);
      long post = postIn(4, club, "Saturday run");
      activity(reader, post);
    }
  }

  @Test
  void resumingWithSinceReplaysWhatWasMissedThenGoesLiveWithoutGapOrDuplicate() {
    sales.as(1).put("api/v1/people/" + sales.id(0) + "/follow", "");
    long since;
    try (Stream first = stream(1, null)) {
      since = cursor(first.next("counts", WAIT));
    }
    long missed1 = post(0, "While you were away 1");
    long missed2 = post(0, "While you were away 2");
    try (Stream again = stream(1, "since=" + since)) {
      long live = post(0, "Back online");
      List<Long> got = again.drain(Duration.ofSeconds(2)).stream()
          .filter(f -> f.getString("type").equals("activity"))
          .map(f -> f.getJsonNumber("activityId").longValue())
          .toList();
      assertThat(got).containsExactly(missed1, missed2, live);
    }
  }

  @Test
  void aCursorOlderThanWhatTheOutboxKeepsIsToldToResync() throws Exception {
    long since;
    try (Stream first = stream(1, null)) {
      since = cursor(first.next("counts", WAIT));
    }
    post(0, "Gone with the retention 1");
    post(0, "Gone with the retention 2");
    // What the outbox retention leaves: relayed rows deleted as a prefix, here up to the first missed event.
    try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (count(sql, "select last_id from search_relay_cursor") < since + 1) {
        assertThat(System.nanoTime()).as("the relay indexed the posts").isLessThan(deadline);
        Thread.sleep(200);
      }
      sql.executeUpdate("delete from outbox where id <= " + (since + 1));
    }
    try (Stream again = stream(1, "since=" + since)) {
      assertThat(again.next("resync", WAIT).getString("reason")).isEqualTo("too-many-missed");
    }
  }

  private static long count(Statement sql, String query) throws java.sql.SQLException {
    try (var rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void badFramesGetErrorsAndAbuseClosesWith1008WithoutTouchingOthers() {
    try (Stream rude = stream(2, null); Stream bystander = stream(1, null)) {
      rude.next("counts", WAIT);
      bystander.next("counts", WAIT);
      rude.send("this is not json");
      assertThat(rude.next("error", WAIT).getString("error")).isEqualTo("malformed");
      rude.send("{\"subscribe\":{\"planet\":3}}");
      assertThat(rude.next("error", WAIT).getString("error")).isEqualTo("malformed");
      rude.send("{\"subscribe\":{\"community\":1}}".repeat(400));
      assertThat(rude.next("error", WAIT).getString("error")).isEqualTo("too-big");
      for (int i = 0; i < 3; i++) {
        rude.send("[]");
      }
      assertThat(rude.closeCode(WAIT)).isEqualTo(1008);

      sales.as(1).put("api/v1/people/" + sales.id(0) + "/follow", "");
      long post = post(0, "Still here");
      activity(bystander, post);
    }
  }
}
