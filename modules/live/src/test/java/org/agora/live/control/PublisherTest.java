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

  @Test
  void objectsNoPageFollowsStayOffTheBus() {
    assertThat(Publisher.toBus(42, new Changed("bookmark", 7), 1000)).isNull();
  }
}
