package org.agora.app.activity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.SharedNode;
import org.agora.app.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Polls on posts over the API: voting, changing and withdrawing a named vote, the final anonymous
 * vote that nothing links to its voter, closing, who may vote and see, bad input, and the poll as
 * an Activity Streams {@code Question}.
 */
@SharedNode
class PollsIT {

  @SharedNode.Base URL base;

  Colleagues finance;

  @BeforeEach
  void colleagues() {
    finance = Colleagues.of(base, "Finance");
  }

  private long poll(Api author, String extra) {
    Api.Answer created = author.post("api/v1/posts", "{\"text\":\"Where shall we go? " + System.nanoTime()
        + "\",\"poll\":{\"options\":[\"Lake\",\"Mountains\",\"City\"]" + extra + "}}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static JsonObject pollOf(Api reader, long post) {
    Api.Answer answer = reader.get("api/v1/posts/" + post);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().getJsonObject("post").getJsonObject("poll");
  }

  private static long option(JsonObject poll, int index) {
    return poll.getJsonArray("options").getJsonObject(index).getJsonNumber("id").longValue();
  }

  private static List<Integer> votes(JsonObject poll) {
    return poll.getJsonArray("options").getValuesAs(JsonObject.class).stream().map(o -> o.getInt("votes")).toList();
  }

  private static Api.Answer vote(Api voter, long post, long... options) {
    StringBuilder ids = new StringBuilder();
    for (long option : options) {
      ids.append(ids.isEmpty() ? "" : ",").append(option);
    }
    return voter.put("api/v1/posts/" + post + "/vote", "{\"options\":[" + ids + "]}");
  }

  @Test
  void aNamedVoteCountsChangesAndIsWithdrawnAndEveryReaderSeesWhoChoseWhat() {
    long post = poll(finance.as(0), "");
    JsonObject poll = pollOf(finance.as(1), post);
    assertThat(poll.getBoolean("anonymous")).isFalse();
    assertThat(poll.getBoolean("multiple")).isFalse();
    assertThat(poll.getJsonArray("options").getValuesAs(JsonObject.class)).extracting(o -> o.getString("text"))
        .containsExactly("Lake", "Mountains", "City");

    assertThat(vote(finance.as(1), post, option(poll, 0)).status()).isEqualTo(204);
    assertThat(vote(finance.as(2), post, option(poll, 0)).status()).isEqualTo(204);
    JsonObject mine = pollOf(finance.as(1), post);
    assertThat(votes(mine)).containsExactly(2, 0, 0);
    assertThat(mine.getInt("voters")).isEqualTo(2);
    assertThat(mine.getBoolean("voted")).isTrue();
    assertThat(mine.getJsonArray("myChoice").getJsonNumber(0).longValue()).isEqualTo(option(poll, 0));
    assertThat(pollOf(finance.as(3), post).getBoolean("voted")).isFalse();

    // Changed: the old answer loses the vote; withdrawn: the vote and the voter are gone.
    assertThat(vote(finance.as(1), post, option(poll, 2)).status()).isEqualTo(204);
    assertThat(votes(pollOf(finance.as(1), post))).containsExactly(1, 0, 1);
    JsonArray voters = Json.createReader(new StringReader(finance.as(3).get("api/v1/posts/" + post + "/vote/voters").body())).readArray();
    assertThat(voters.getJsonObject(0).getJsonArray("voters").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(finance.id(2));
    assertThat(voters.getJsonObject(2).getJsonArray("voters").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(finance.id(1));
    assertThat(finance.as(2).delete("api/v1/posts/" + post + "/vote").status()).isEqualTo(204);
    assertThat(finance.as(2).delete("api/v1/posts/" + post + "/vote").status()).isEqualTo(404);
    JsonObject after = pollOf(finance.as(1), post);
    assertThat(votes(after)).containsExactly(0, 0, 1);
    assertThat(after.getInt("voters")).isEqualTo(1);
  }

  @Test
  void anAnonymousVoteIsFinalAndNothingLinksItToTheVoter() throws SQLException {
    long post = poll(finance.as(0), ",\"anonymous\":true,\"multiple\":true");
    JsonObject poll = pollOf(finance.as(1), post);
    assertThat(vote(finance.as(1), post, option(poll, 0), option(poll, 1)).status()).isEqualTo(204);
    JsonObject mine = pollOf(finance.as(1), post);
    assertThat(votes(mine)).containsExactly(1, 1, 0);
    assertThat(mine.getBoolean("voted")).isTrue();
    assertThat(mine.getJsonArray("myChoice")).isEmpty();

    Api.Answer again = vote(finance.as(1), post, option(poll, 2));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(finance.as(1).delete("api/v1/posts/" + post + "/vote").status()).isEqualTo(409);
    assertThat(finance.as(2).get("api/v1/posts/" + post + "/vote/voters").status()).isEqualTo(403);
    assertThat(votes(pollOf(finance.as(2), post))).containsExactly(1, 1, 0);

    // The database knows that the voter voted, and the counts, but nothing joins the two.
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      assertThat(count(s, "select count(*) from poll_voter where activity_id = " + post)).isEqualTo(1);
      assertThat(count(s, "select count(*) from poll_choice where activity_id = " + post)).isZero();
      try (ResultSet columns = s.executeQuery("select column_name from information_schema.columns where table_name = 'poll_voter'")) {
        List<String> names = new java.util.ArrayList<>();
        while (columns.next()) {
          names.add(columns.getString(1));
        }
        assertThat(names).containsExactlyInAnyOrder("activity_id", "person_id");
      }
    }
  }

  @Test
  void aClosedPollTakesNoMoreVotes() throws InterruptedException {
    long post = poll(finance.as(0), ",\"closesAt\":\"" + Instant.now().plusSeconds(2) + "\"");
    JsonObject poll = pollOf(finance.as(1), post);
    assertThat(poll.getBoolean("closed")).isFalse();
    assertThat(vote(finance.as(1), post, option(poll, 1)).status()).isEqualTo(204);
    Thread.sleep(2_500);
    assertThat(pollOf(finance.as(1), post).getBoolean("closed")).isTrue();
    Api.Answer late = vote(finance.as(2), post, option(poll, 1));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().getString("detail")).contains("closed");
    assertThat(finance.as(1).delete("api/v1/posts/" + post + "/vote").status()).isEqualTo(409);
    assertThat(votes(pollOf(finance.as(1), post))).containsExactly(0, 1, 0);
  }

  @Test
  void onlyThoseWhoMayReadThePostVoteOrSeeTheCounts() {
    Api owner = finance.as(0);
    Api.Answer community = owner.post("api/v1/communities",
        "{\"name\":\"Budget round " + System.nanoTime() + "\",\"description\":\"numbers\",\"visibility\":\"SECRET\"}");
    long communityId = community.json().getJsonNumber("id").longValue();
    Api.Answer created = owner.post("api/v1/posts",
        "{\"text\":\"Which quarter?\",\"communityId\":" + communityId + ",\"poll\":{\"options\":[\"Q1\",\"Q2\"]}}");
    long post = created.json().getJsonNumber("id").longValue();
    long q1 = option(pollOf(owner, post), 0);
    Api outsider = Colleagues.of(base, "Marketing").as(0);
    assertThat(vote(outsider, post, q1).status()).isEqualTo(404);
    assertThat(outsider.get("api/v1/posts/" + post + "/vote/voters").status()).isEqualTo(404);
    assertThat(votes(pollOf(owner, post))).containsExactly(0, 0);
  }

  @Test
  void badPollsAndVotesAreRefusedWithAProblem() {
    Api author = finance.as(0);
    for (String poll : List.of("{\"options\":[\"Only one\"]}", "{\"options\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]}",
        "{\"options\":[\"Same\",\"same\"]}", "{\"options\":[\"A\",\" \"]}", "{\"options\":[\"A\",\"" + "x".repeat(201) + "\"]}",
        "{\"options\":[\"A\",\"B\"],\"closesAt\":\"2020-01-01T00:00:00Z\"}", "{\"options\":[\"A\",\"B\"],\"closesAt\":\"tomorrow\"}")) {
      Api.Answer refused = author.post("api/v1/posts", "{\"text\":\"bad poll\",\"poll\":" + poll + "}");
      assertThat(refused.status()).as(poll + " answered " + refused).isEqualTo(400);
      assertThat(refused.contentType()).as(poll).startsWith("application/problem+json");
    }
    long post = poll(author, "");
    JsonObject poll = pollOf(author, post);
    Api voter = finance.as(4);
    assertThat(vote(voter, post, option(poll, 0), option(poll, 1)).status()).as("two answers in a one-answer poll").isEqualTo(400);
    assertThat(vote(voter, post).status()).as("no answer").isEqualTo(400);
    assertThat(vote(voter, post, 999_999_999L).status()).as("another poll's answer").isEqualTo(400);
    assertThat(voter.put("api/v1/posts/" + post + "/vote", "{\"options\":\"Lake\"}").status()).isEqualTo(400);
    long plain = author.post("api/v1/posts", "{\"text\":\"no poll here\"}").json().getJsonNumber("id").longValue();
    assertThat(vote(voter, plain, option(poll, 0)).status()).isEqualTo(404);
    assertThat(votes(pollOf(author, post))).containsExactly(0, 0, 0);
  }

  @Test
  void aPollIsAnActivityStreamsQuestion() {
    Api author = finance.as(0);
    long post = poll(author, ",\"multiple\":true");
    vote(finance.as(1), post, option(pollOf(author, post), 1));
    JsonObject page = author.get("api/v1/people/" + finance.id(0) + "/feed?limit=5", "application/activity+json").json();
    JsonObject note = page.getJsonArray("orderedItems").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("id").endsWith("/api/v1/activities/" + post)).findFirst().orElseThrow().getJsonObject("object");
    assertThat(note.getString("type")).isEqualTo("Question");
    JsonArray anyOf = note.getJsonArray("anyOf");
    assertThat(anyOf.getJsonObject(1).getString("name")).isEqualTo("Mountains");
    assertThat(anyOf.getJsonObject(1).getJsonObject("replies").getInt("totalItems")).isEqualTo(1);
    assertThat(note.getInt("votersCount")).isEqualTo(1);
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
