package org.agora.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamListenerTest {

  private static final String ANNOUNCEMENT =
      "{\"type\":\"announcement\",\"cursor\":8,\"announcementId\":3,\"activityId\":41,\"committedAt\":1000}";

  @Test
  void notesEachAnnouncementOnceWithItsCommitAndFirstArrivalAndCountsEveryFrame() {
    StreamListener.Counts counts = new StreamListener.Counts();
    StreamListener listener = new StreamListener(counts);

    listener.frame("{\"type\":\"counts\",\"cursor\":7,\"notifications\":0}", 100);
    listener.frame(ANNOUNCEMENT, 1250);
    listener.frame(ANNOUNCEMENT, 1300);
    listener.frame("{\"type\":\"activity\",\"cursor\":9,\"change\":\"created\",\"activityId\":41,"
        + "\"activityType\":\"POST\",\"actorId\":1,\"committedAt\":990}", 1200);
    listener.frame("{\"type\":\"heartbeat\",\"cursor\":9}", 1400);

    assertThat(listener.opened).isCompleted();
    assertThat(listener.announcements.get(3L)).containsExactly(1000, 1250, 2);
    assertThat(listener.activities.get(41L)).containsExactly(990, 1200, 1);
    assertThat(counts.announcements.sum()).isEqualTo(2);
    assertThat(counts.heartbeats.sum()).isEqualTo(1);
    assertThat(counts.total()).isEqualTo(5);
  }

  @Test
  void aMissingKeyReadsAsMinusOne() {
    assertThat(StreamListener.number(ANNOUNCEMENT, "\"announcementId\":")).isEqualTo(3);
    assertThat(StreamListener.number(ANNOUNCEMENT, "\"communityId\":")).isEqualTo(-1);
  }
}
