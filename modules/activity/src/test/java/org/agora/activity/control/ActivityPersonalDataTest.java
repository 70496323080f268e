package org.agora.activity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An erased person's mentions in others' texts: only the whole @username, in any case, nothing else. */
class ActivityPersonalDataTest {

  private final Pattern anna = ActivityPersonalData.mentionOf("anna.m");

  @Test
  void theMentionBecomesFormerColleague() {
    assertThat(ActivityPersonalData.replace(anna, "Thanks @anna.m and @Anna.M! Bye @anna.m."))
        .isEqualTo("Thanks Former colleague and Former colleague! Bye Former colleague.");
  }

  @Test
  void longerUsernamesAddressesAndLinksStay() {
    String text = "@anna.mueller, anna.m@example.com, https://x.example/@anna.m and @anna.m2";
    assertThat(ActivityPersonalData.replace(anna, text)).isEqualTo(text);
  }

  @Test
  void noTextStaysNoText() {
    assertThat(ActivityPersonalData.replace(anna, null)).isNull();
  }
}
