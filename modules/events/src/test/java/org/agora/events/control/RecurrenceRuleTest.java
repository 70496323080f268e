package org.agora.events.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.agora.platform.entity.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceRuleTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** A Tuesday, 10:00 in Berlin. */
  static final Instant TUESDAY_TEN = Instant.parse("2027-03-02T09:00:00Z");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "FREQ=DAILY;COUNT=5                          | FREQ=DAILY;COUNT=5",
      "RRULE:freq=weekly;byday=tu;count=10         | FREQ=WEEKLY;BYDAY=TU;COUNT=10",
      "FREQ=WEEKLY;BYDAY=TH,TU;INTERVAL=2;COUNT=4  | FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=4",
      "FREQ=WEEKLY;UNTIL=20270601T000000Z          | FREQ=WEEKLY;UNTIL=20270601T000000Z",
      "FREQ=MONTHLY;UNTIL=20271231                 | FREQ=MONTHLY;UNTIL=20271231T225959Z",
  })
  void acceptsTheSubsetAndWritesItCanonically(String given, String canonical) {
    assertThat(RecurrenceRule.parse(given, TUESDAY_TEN, BERLIN).text()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "FREQ=YEARLY;COUNT=3",                // frequency outside the subset
      "FREQ=HOURLY;COUNT=3",
      "FREQ=WEEKLY",                        // neither COUNT nor UNTIL
      "FREQ=WEEKLY;COUNT=3;UNTIL=20270601T000000Z", // both
      "FREQ=WEEKLY;BYDAY=1TU;COUNT=3",      // ordinal weekday
      "FREQ=WEEKLY;BYDAY=WE;COUNT=3",       // the first occurrence is a Tuesday
      "FREQ=MONTHLY;BYDAY=TU;COUNT=3",      // BYDAY with monthly
      "FREQ=DAILY;BYMONTH=3;COUNT=3",       // unsupported part
      "FREQ=DAILY;WKST=MO;COUNT=3",
      "FREQ=DAILY;COUNT=0",
      "FREQ=DAILY;COUNT=501",
      "FREQ=DAILY;COUNT=x",
      "FREQ=DAILY;INTERVAL=0;COUNT=3",
      "FREQ=DAILY;COUNT=3;COUNT=4",         // twice
      "FREQ=DAILY;UNTIL=2027-06-01",        // not the RFC form
      "FREQ=DAILY;UNTIL=20260101T000000Z",  // before the start
      "FREQ=DAILY;UNTIL=20310101T000000Z",  // more than 3 years on
      "COUNT=3",                            // no FREQ
      "FREQ=DAILY;;COUNT=3",
      "",
  })
  void refusesEverythingElseNamingTheField(String rule) {
    assertThatThrownBy(() -> RecurrenceRule.parse(rule, TUESDAY_TEN, BERLIN))
        .isInstanceOfSatisfying(Refusal.class, r -> {
          assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
          assertThat(r.field()).contains("recurrence");
        });
  }

  @org.junit.jupiter.api.Test
  void saysWhatIsSupported() {
    assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=DAILY;BYHOUR=9;COUNT=2", TUESDAY_TEN, BERLIN))
        .hasMessage("recurrence: BYHOUR is not supported; " + RecurrenceRule.SUBSET);
    assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=YEARLY;COUNT=2", TUESDAY_TEN, BERLIN))
        .hasMessageContaining("FREQ=YEARLY is not supported");
  }
}
