package org.agora.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.agora.activity.entity.FeedItem.PersonRef;
import org.agora.activity.entity.NotificationGroup;
import org.agora.activity.entity.NotificationType;
import org.junit.jupiter.api.Test;

/** Where a notification leads, and how it reads: "Anna and 3 others reacted to your post". */
class NotificationLineTest {

  private static final PersonRef ANNA = new PersonRef(42, "anna", "Anna Berg", "Sales", null);
  private static final PersonRef BEN = new PersonRef(43, "ben", "Ben Ortiz", "IT", null);

  @Test
  void itLeadsToThePostElseTheCommunityElseThePerson() {
    assertThat(NotificationLine.target(group(NotificationType.REACTED, 1, 100L, 7L, ANNA))).isEqualTo("posts/100");
    assertThat(NotificationLine.target(group(NotificationType.ANNOUNCEMENT_REMINDER, 1, 100L, null, ANNA)))
        .isEqualTo("announcements/post/100");
    assertThat(NotificationLine.target(group(NotificationType.INVITED, 1, null, 7L, ANNA))).isEqualTo("communities/7");
    assertThat(NotificationLine.target(group(NotificationType.FOLLOWED, 1, null, null, ANNA, BEN))).isEqualTo("people/42");
    assertThat(NotificationLine.target(group(NotificationType.FOLLOWED, 1, null, null))).isEqualTo("notifications");
  }

  @Test
  void itNamesTheNewestActorAndCountsTheOthers() {
    assertThat(summary(NotificationType.REACTED, 1, Locale.ENGLISH)).isEqualTo("Anna Berg reacted to your post");
    assertThat(summary(NotificationType.REACTED, 2, Locale.ENGLISH)).isEqualTo("Anna Berg and 1 other reacted to your post");
    assertThat(summary(NotificationType.REACTED, 4, Locale.ENGLISH)).isEqualTo("Anna Berg and 3 others reacted to your post");
  }

  @Test
  void inGermanTheVerbAgreesWithTheCount() {
    assertThat(summary(NotificationType.REACTED, 1, Locale.GERMAN)).isEqualTo("Anna Berg hat auf deinen Beitrag reagiert");
    assertThat(summary(NotificationType.REACTED, 2, Locale.GERMAN))
        .isEqualTo("Anna Berg und eine weitere Person haben auf deinen Beitrag reagiert");
    assertThat(summary(NotificationType.FOLLOWED, 5, Locale.GERMAN)).isEqualTo("Anna Berg und 4 weitere folgen dir jetzt");
  }

  @Test
  void aChangedEventLeadsToTheEventsPage() {
    NotificationGroup changed = new NotificationGroup(
        1, NotificationType.EVENT_CHANGED, List.of(ANNA), 1, 1, 100L, null, "event:42", null, Instant.EPOCH);
    assertThat(NotificationLine.target(changed)).isEqualTo("events/42");
    assertThat(NotificationLine.summary(changed, Locale.GERMAN)).isEqualTo("Anna Berg hat einen Termin geändert, auf den du geantwortet hast");
  }

  @Test
  void aSurveyInvitationLeadsToTheSurveysPage() {
    NotificationGroup invited = new NotificationGroup(
        1, NotificationType.SURVEY_INVITED, List.of(ANNA), 1, 1, null, null, "survey:17", null, Instant.EPOCH);
    assertThat(NotificationLine.target(invited)).isEqualTo("surveys/17");
    assertThat(NotificationLine.summary(invited, Locale.ENGLISH)).isEqualTo("Anna Berg asked you to answer a survey");
    assertThat(NotificationLine.summary(invited, Locale.GERMAN)).isEqualTo("Anna Berg hat dich gebeten, eine Befragung zu beantworten");
    NotificationGroup reminder = new NotificationGroup(
        2, NotificationType.SURVEY_REMINDER, List.of(ANNA), 1, 1, null, null, "survey:17", null, Instant.EPOCH);
    assertThat(NotificationLine.target(reminder)).isEqualTo("surveys/17");
    assertThat(NotificationLine.summary(reminder, Locale.GERMAN))
        .isEqualTo("Eine Befragung von Anna Berg, die du noch nicht beantwortet hast, endet bald");
  }

  @Test
  void aBuddyIsLedToTheirNewcomerAndADepartmentToTheFirstPost() {
    NotificationGroup buddy = new NotificationGroup(
        1, NotificationType.BUDDY_ASSIGNED, List.of(ANNA), 1, 1, null, null, "person:5", null, Instant.EPOCH);
    assertThat(NotificationLine.target(buddy)).isEqualTo("people/5");
    assertThat(NotificationLine.summary(buddy, Locale.ENGLISH)).isEqualTo("Anna Berg is new here, and you are their buddy");
    NotificationGroup hello = new NotificationGroup(
        2, NotificationType.NEWCOMER_FIRST_POST, List.of(ANNA), 1, 1, 100L, null, null, null, Instant.EPOCH);
    assertThat(NotificationLine.target(hello)).isEqualTo("posts/100");
    assertThat(NotificationLine.summary(hello, Locale.GERMAN))
        .isEqualTo("Anna Berg, neu in deiner Abteilung, hat den ersten Beitrag geschrieben: sag Hallo");
  }

  @Test
  void withoutAnActorItIsSomeone() {
    assertThat(NotificationLine.summary(group(NotificationType.MODERATED, 1, 100L, null), Locale.ENGLISH))
        .isEqualTo("Someone moderated something you wrote or saved");
  }

  private static String summary(NotificationType type, int count, Locale locale) {
    return NotificationLine.summary(group(type, count, 100L, null, ANNA, BEN), locale);
  }

  private static NotificationGroup group(NotificationType type, int count, Long activityId, Long communityId, PersonRef... actors) {
    return new NotificationGroup(1, type, List.of(actors), count, 0, activityId, communityId, null, null, Instant.EPOCH);
  }
}
