package org.agora.events.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.agora.events.control.Occurrences.Occurrence;
import org.agora.events.entity.Schedule;
import org.junit.jupiter.api.Test;

class OccurrencesTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Tuesday 2027-03-16, 10:00 in Berlin (UTC+1); summer time begins on Sunday 2027-03-28. */
  static Schedule weeklyTuesdayTen(String rule) {
    Instant start = Instant.parse("2027-03-16T09:00:00Z");
    return new Schedule(start, start.plus(Duration.ofHours(1)), BERLIN, rule);
  }

  @Test
  void aWeeklyMeetingStaysAtTenLocalAcrossTheChangeToSummerTime() {
    List<Occurrence> all = new Occurrences(weeklyTuesdayTen("FREQ=WEEKLY;BYDAY=TU;COUNT=4")).all();

    assertThat(all).extracting(o -> o.startsAt().atZone(BERLIN).toLocalTime()).containsOnly(LocalTime.of(10, 0));
    assertThat(all).extracting(Occurrence::startsAt).containsExactly(
        Instant.parse("2027-03-16T09:00:00Z"),
        Instant.parse("2027-03-23T09:00:00Z"),
        Instant.parse("2027-03-30T08:00:00Z"), // UTC+2 from March 28th
        Instant.parse("2027-04-06T08:00:00Z"));
    assertThat(all).allSatisfy(o -> assertThat(Duration.between(o.startsAt(), o.endsAt())).isEqualTo(Duration.ofHours(1)));
  }

  @Test
  void andBackAcrossTheChangeToWinterTime() {
    Instant start = Instant.parse("2027-10-19T08:00:00Z"); // Tuesday 10:00 summer time; winter time from Oct 31st
    List<Occurrence> all = new Occurrences(new Schedule(start, start.plusSeconds(3600), BERLIN,
        "FREQ=WEEKLY;BYDAY=TU;COUNT=3")).all();
    assertThat(all).extracting(Occurrence::startsAt).containsExactly(
        Instant.parse("2027-10-19T08:00:00Z"), Instant.parse("2027-10-26T08:00:00Z"), Instant.parse("2027-11-02T09:00:00Z"));
  }

  @Test
  void countLimitsTheSeries() {
    Occurrences daily = new Occurrences(weeklyTuesdayTen("FREQ=DAILY;COUNT=3"));
    assertThat(daily.all()).hasSize(3);
    assertThat(daily.lastStart()).isEqualTo(Instant.parse("2027-03-18T09:00:00Z"));
  }

  @Test
  void untilIncludesAnOccurrenceStartingExactlyThen() {
    Occurrences weekly = new Occurrences(weeklyTuesdayTen("FREQ=WEEKLY;UNTIL=20270330T080000Z"));
    assertThat(weekly.all()).extracting(Occurrence::startsAt).containsExactly(
        Instant.parse("2027-03-16T09:00:00Z"), Instant.parse("2027-03-23T09:00:00Z"), Instant.parse("2027-03-30T08:00:00Z"));
  }

  @Test
  void aDateUntilRunsThroughThatLocalDay() {
    Occurrences weekly = new Occurrences(weeklyTuesdayTen(
        RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330", Instant.parse("2027-03-16T09:00:00Z"), BERLIN).text()));
    assertThat(weekly.all()).hasSize(3);
  }

  @Test
  void twoDaysAWeekEveryOtherWeek() {
    Occurrences series = new Occurrences(weeklyTuesdayTen("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=4"));
    assertThat(series.all()).extracting(o -> o.startsAt().atZone(BERLIN).toLocalDate().toString())
        .containsExactly("2027-03-16", "2027-03-18", "2027-03-30", "2027-04-01");
  }

  @Test
  void monthlyRepeatsOnTheStartsDayOfTheMonth() {
    Occurrences monthly = new Occurrences(weeklyTuesdayTen("FREQ=MONTHLY;COUNT=3"));
    assertThat(monthly.all()).extracting(o -> o.startsAt().atZone(BERLIN).toLocalDateTime().toString())
        .containsExactly("2027-03-16T10:00", "2027-04-16T10:00", "2027-05-16T10:00");
  }

  @Test
  void aRangeHoldsTheOccurrencesStartingInItStartInclusiveEndExclusive() {
    Occurrences daily = new Occurrences(weeklyTuesdayTen("FREQ=DAILY;COUNT=10"));
    assertThat(daily.between(Instant.parse("2027-03-18T09:00:00Z"), Instant.parse("2027-03-20T09:00:00Z")))
        .extracting(Occurrence::startsAt)
        .containsExactly(Instant.parse("2027-03-18T09:00:00Z"), Instant.parse("2027-03-19T09:00:00Z"));
    assertThat(daily.between(Instant.parse("2027-04-01T00:00:00Z"), Instant.parse("2027-05-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void aSingleEventHasOneOccurrence() {
    Instant start = Instant.parse("2027-03-16T09:00:00Z");
    Occurrences single = new Occurrences(new Schedule(start, start.plusSeconds(5400), BERLIN, null));
    assertThat(single.all()).containsExactly(new Occurrence(start, start.plusSeconds(5400)));
    assertThat(single.between(start, start.plusSeconds(1))).hasSize(1);
    assertThat(single.between(start.plusSeconds(1), start.plusSeconds(3600))).isEmpty();
  }

  @Test
  void findsARealOccurrenceAndNothingBetweenThem() {
    Occurrences weekly = new Occurrences(weeklyTuesdayTen("FREQ=WEEKLY;BYDAY=TU;COUNT=4"));
    assertThat(weekly.startingAt(Instant.parse("2027-03-30T08:00:00Z"))).isPresent();
    assertThat(weekly.startingAt(Instant.parse("2027-03-30T09:00:00Z"))).isEmpty();
  }

  @Test
  void theNextOccurrenceIsTheFirstNotEndedElseTheLast() {
    Occurrences weekly = new Occurrences(weeklyTuesdayTen("FREQ=WEEKLY;BYDAY=TU;COUNT=3"));
    assertThat(weekly.next(Instant.parse("2027-03-23T09:30:00Z")).startsAt()).isEqualTo(Instant.parse("2027-03-23T09:00:00Z"));
    assertThat(weekly.next(Instant.parse("2027-03-23T10:00:00Z")).startsAt()).isEqualTo(Instant.parse("2027-03-30T08:00:00Z"));
    assertThat(weekly.next(Instant.parse("2028-01-01T00:00:00Z")).startsAt()).isEqualTo(Instant.parse("2027-03-30T08:00:00Z"));
  }
}
