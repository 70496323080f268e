package org.agora.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class HeartbeatsTest {

  @Test
  void streamsSpreadOverThePeriodSoNoSecondBeatsThemAll() {
    int period = 25;
    int[] perSlot = new int[period];
    for (int i = 0; i < 10_000; i++) {
      perSlot[Heartbeats.slotOf(UUID.randomUUID().toString(), period)]++;
    }
    for (int count : perSlot) {
      // 400 on average; a burst of all 10,000 in one second is what the spread avoids.
      assertTrue(count > 250 && count < 550, "slot with " + count + " streams");
    }
  }

  @Test
  void aStreamKeepsItsSlotSoItBeatsOncePerPeriod() {
    String id = UUID.randomUUID().toString();
    assertEquals(Heartbeats.slotOf(id, 25), Heartbeats.slotOf(id, 25));
    assertEquals(0, Heartbeats.slotOf("-", 1));
  }
}
