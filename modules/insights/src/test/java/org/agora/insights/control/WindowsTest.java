package org.agora.insights.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.agora.platform.entity.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which days a figure covers: whole UTC days up to today, weeks from Monday, months from the first. */
class WindowsTest {

  /** A Sunday: the current week began on Monday 30 November. */
  private static final Windows SUNDAY_6_DECEMBER = new Windows(LocalDate.parse("2026-12-06"));

  @ParameterizedTest(name = "{1} {0}s reach back to {2}")
  @CsvSource(delimiter = '|', textBlock = """
      day   | 1   | 2026-12-06
      day   | 7   | 2026-11-30
      week  | 1   | 2026-11-30
      week  | 2   | 2026-11-23
      week  | 53  | 2025-12-01
      month | 1   | 2026-12-01
      month | 3   | 2026-10-01
      month | 13  | 2025-12-01
      day   | 366 | 2025-12-06
      """)
  void periodsAreWholeAndIncludeTheCurrentOne(String unit, int periods, LocalDate firstDay) {
    assertThat(SUNDAY_6_DECEMBER.periods(unit, periods)).isEqualTo(startOf(firstDay));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 367})
  void aNumberOfPeriodsOutsideOneTo366IsRefused(int periods) {
    assertThatThrownBy(() -> SUNDAY_6_DECEMBER.periods("day", periods))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).contains("periods"))
        .hasMessage("periods: between 1 and 366");
  }

  @Test
  void theLastDaysIncludeToday() {
    assertThat(SUNDAY_6_DECEMBER.days(1)).isEqualTo(startOf(LocalDate.parse("2026-12-06")));
    assertThat(SUNDAY_6_DECEMBER.days(30)).isEqualTo(startOf(LocalDate.parse("2026-11-07")));
    assertThat(SUNDAY_6_DECEMBER.daysAgo(62)).isEqualTo(startOf(LocalDate.parse("2026-10-05")));
  }

  @Test
  void todayIsTheUtcDay() {
    assertThat(Windows.at(Instant.parse("2026-12-06T23:59:59Z")).today()).isEqualTo(LocalDate.parse("2026-12-06"));
    assertThat(Windows.at(Instant.parse("2026-12-06T23:30:00-02:00")).today()).isEqualTo(LocalDate.parse("2026-12-07"));
  }

  @Test
  void aPeriodIsADayAWeekOrAMonthAndAWeekUnlessSaid() {
    assertThat(Windows.unit(null)).isEqualTo("week");
    assertThat(Windows.unit("month")).isEqualTo("month");
    assertThatThrownBy(() -> Windows.unit("year")).isInstanceOf(Refusal.class).hasMessage("period: day, week or month");
    assertThatThrownBy(() -> Windows.unit("WEEK")).isInstanceOf(Refusal.class);
  }

  private static Instant startOf(LocalDate day) {
    return Instant.parse(day + "T00:00:00Z");
  }
}
