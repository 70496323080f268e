package org.agora.live.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.live.entity.BusEvent;
import org.agora.platform.entity.DomainEvent;
import org.junit.jupiter.api.Test;

class PublisherTest {

  record Changed(String aggregateType, long aggregateId) implements DomainEvent {
    @Override
    public String type() {
      return aggregateType + ".changed";
    }
  }

  @Test
  void anEventsChangeTravelsForOpenPagesWithItsId() {
    BusEvent bus = Publisher.toBus(41, new Changed("event", 7), 1000);
    assertThat(bus.kind()).isEqualTo(BusEvent.CHANGED);
    assertThat(bus.aggregateType()).isEqualTo("event");
    assertThat(bus.aggregateId()).isEqualTo(7L);
    assertThat(bus.cursor()).isEqualTo(41);
  }

  record Announced(long announcementId, long activityId, Long communityId) implements DomainEvent {
    @Override
    public String type() {
      return "announcement.posted";
    }

    @Override
    public String aggregateType() {
      return "announcement";
    }

    @Override
    public long aggregateId() {
      return announcementId;
    }
  }

  @Test
  void aNewAnnouncementTravelsWithWhatItsPayloadSaysAndKeepsTheFrameContract() {
    BusEvent bus = Publisher.toBus(43, new Announced(5, 12, 3L),
        "{\"announcementId\":5,\"activityId\":12,\"communityId\":3,\"authorId\":2}", 1000);
    assertThat(bus).isEqualTo(BusEvent.announcement(43, 5, 12, 3L, 1000));
    assertThat(Messages.frame(bus)).isEqualTo(
        "{\"type\":\"announcement\",\"cursor\":43,\"announcementId\":5,\"activityId\":12,\"committedAt\":1000,\"communityId\":3}");
    BusEvent everyone = Publisher.toBus(44, new Announced(6, 13, null),
        "{\"announcementId\":6,\"activityId\":13,\"communityId\":null,\"authorId\":2}", 1000);
    assertThat(Messages.frame(everyone)).isEqualTo(
        "{\"type\":\"announcement\",\"cursor\":44,\"announcementId\":6,\"activityId\":13,\"committedAt\":1000}");
  }

  @Test
  void objectsNoPageFollowsStayOffTheBus() {
    assertThat(Publisher.toBus(42, new Changed("bookmark", 7), 1000)).isNull();
  }
}
