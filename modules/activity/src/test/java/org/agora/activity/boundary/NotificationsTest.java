package org.agora.activity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The notification list reads a group's newest actors as the text {@code array_to_string} writes. */
class NotificationsTest {

  @Test
  void readsTheActorIdsInTheirOrder() {
    assertThat(Notifications.ids("9,4,12")).containsExactly(9L, 4L, 12L);
    assertThat(Notifications.ids("7")).containsExactly(7L);
  }

  @Test
  void noActorsIsAnEmptyList() {
    assertThat(Notifications.ids(null)).isEmpty();
    assertThat(Notifications.ids("")).isEmpty();
  }
}
