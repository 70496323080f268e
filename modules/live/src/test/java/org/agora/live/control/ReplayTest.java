package org.agora.live.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.agora.live.entity.BusEvent;
import org.agora.platform.entity.OutboxMessage;
import org.junit.jupiter.api.Test;

/** Which outbox rows a reconnecting client is replayed, and how a row becomes the event it was live. */
class ReplayTest {

  private static final Instant AT = Instant.parse("2026-12-06T15:00:00Z");

  @Test
  void replaysActivitiesAndNewNotificationsOnly() {
    assertThat(Replay.isLive("activity.created")).isTrue();
    assertThat(Replay.isLive("activity.deleted")).isTrue();
    assertThat(Replay.isLive("notification.created")).isTrue();
    assertThat(Replay.isLive("notification.read")).isFalse();
    assertThat(Replay.isLive("person.updated")).isFalse();
    assertThat(Replay.isLive("community.created")).isFalse();
    assertThat(Replay.isLive("announcement.posted")).isTrue();
  }

  @Test
  void anAnnouncementRowBecomesTheAnnouncementEvent() {
    BusEvent event = Replay.fromRow(new OutboxMessage(9, "announcement.posted",
        "{\"announcementId\":2,\"activityId\":12,\"communityId\":null,\"authorId\":3}", AT));
    assertThat(event).isEqualTo(BusEvent.announcement(9, 2, 12, null, AT.toEpochMilli()));
  }

  @Test
  void anActivityRowBecomesTheActivityEvent() {
    BusEvent event = Replay.fromRow(new OutboxMessage(7, "activity.created",
        "{\"activityId\":12,\"change\":\"created\",\"activityType\":\"POST\",\"actorId\":3,\"communityId\":null}", AT));
    assertThat(event).isEqualTo(BusEvent.activity(7, 12, "created", "POST", 3, null, null, AT.toEpochMilli()));
  }

  @Test
  void aNotificationRowBecomesTheNotificationEvent() {
    BusEvent event = Replay.fromRow(new OutboxMessage(8, "notification.created",
        "{\"notificationId\":5,\"recipientId\":4,\"notificationType\":\"MENTIONED\"}", AT));
    assertThat(event).isEqualTo(BusEvent.notification(8, 5, 4, "MENTIONED", AT.toEpochMilli()));
  }
}
