package org.agora.activity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.activity.entity.FeedItem;
import org.agora.activity.entity.NotificationType;
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

  @Test
  void surveyNotificationsNameTheOwner() {
    List<FeedItem.PersonRef> owner = List.of(new FeedItem.PersonRef(42, "anna", "Anna Berg", "Sales", null));
    assertThat(Notifications.summary(NotificationType.SURVEY_INVITED, owner, 1)).isEqualTo("Anna Berg asked you to answer a survey");
    assertThat(Notifications.summary(NotificationType.SURVEY_REMINDER, owner, 1))
        .isEqualTo("Anna Berg's survey, which you have not answered, closes soon");
  }
}
