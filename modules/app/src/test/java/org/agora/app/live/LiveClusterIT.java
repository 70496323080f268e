package org.agora.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.MicroNode;
import org.agora.app.testing.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro nodes in one Hazelcast cluster on loopback, sharing the run's database: an
 * event committed on one reaches sockets on the other, and when a node dies its clients resume on
 * the survivor with {@code since} and miss nothing.
 */
class LiveClusterIT {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final String MEMBERS = "127.0.0.1:6950,127.0.0.1:6951";

  static MicroNode a;
  static MicroNode b;

  @BeforeAll
  static void startTwoNodes() {
    String cluster = "agora-live-it-" + ProcessHandle.current().pid();
    // Only A loads the demo organisation; B boots at the same time and finds it there.
    a = MicroNode.start("A", 6950, MEMBERS, cluster, true);
    b = MicroNode.start("B", 6951, MEMBERS, cluster, false);
    a.awaitReady(Duration.ofSeconds(480));
    b.awaitReady(Duration.ofSeconds(480));
    MicroNode.awaitCluster(a, "127.0.0.1:6950", b, "127.0.0.1:6951", Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopNodes() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  static URL url(MicroNode node) {
    try {
      return node.base().toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long post(Api author, String text) {
    Api.Answer answer = author.post("api/v1/posts", "{\"text\":\"" + text + "\"}");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().getJsonNumber("id").longValue();
  }

  static JsonObject activity(Stream stream, long id) {
    return stream.next(f -> f.getString("type").equals("activity") && f.getJsonNumber("activityId").longValue() == id, WAIT);
  }

  @Test
  void eventsCrossNodesAndClientsOfADeadNodeResumeOnTheSurvivorWithoutLoss() {
    Colleagues onA = Colleagues.of(url(a), "Engineering");
    Api authorOnA = onA.as(0);
    Api authorOnB = Api.anonymous(url(b)).as(onA.username(0), Colleagues.PASSWORD);
    onA.as(1).put("api/v1/people/" + onA.id(0) + "/follow", "");
    onA.as(2).put("api/v1/people/" + onA.id(0) + "/follow", "");

    try (Stream onB = Stream.open(b.base(), onA.username(1), Colleagues.PASSWORD, null);
        Stream mover = Stream.open(a.base(), onA.username(2), Colleagues.PASSWORD, null)) {
      onB.next("counts", WAIT);
      mover.next("counts", WAIT);

      long first = post(authorOnA, "Committed on A");
      activity(onB, first);
      long lastSeenByMover = activity(mover, first).getJsonNumber("cursor").longValue();

      a.kill();
      assertThat(mover.closeCode(WAIT)).isNotEqualTo(1000);

      long whileAway1 = post(authorOnB, "Committed on B while A is gone 1");
      long whileAway2 = post(authorOnB, "Committed on B while A is gone 2");
      activity(onB, whileAway1);
      activity(onB, whileAway2);

      try (Stream resumed = Stream.open(b.base(), onA.username(2), Colleagues.PASSWORD, "since=" + lastSeenByMover)) {
        long afterwards = post(authorOnB, "Live again on B");
        List<Long> got = resumed.drain(Duration.ofSeconds(2)).stream()
            .filter(f -> f.getString("type").equals("activity"))
            .map(f -> f.getJsonNumber("activityId").longValue())
            .toList();
        assertThat(got).containsExactly(whileAway1, whileAway2, afterwards);
      }
    }
  }
}
