package org.agora.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "5 minutes ago" / "vor 5 Minuten" for the last week, the date after that. */
class TimesTest {

  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

  @ParameterizedTest(name = "{0} ago in {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      PT0S      | en | just now
      PT59S     | en | just now
      PT1M      | en | 1 minute ago
      PT59M59S  | en | 59 minutes ago
      PT1H      | en | 1 hour ago
      PT23H59M  | en | 23 hours ago
      PT24H     | en | yesterday
      P3D       | en | 3 days ago
      P6DT23H   | en | 6 days ago
      P7D       | en | Nov 29, 2026
      PT59S     | de | gerade eben
      PT5M      | de | vor 5 Minuten
      PT2H      | de | vor 2 Stunden
      P2D       | de | vorgestern
      P3D       | de | vor 3 Tagen
      P7D       | de | 29.11.2026
      """)
  void aMomentReadsAsLongAgoAsItWas(Duration ago, String language, String shown) {
    assertThat(Times.relative(NOW.minus(ago), NOW, Locale.forLanguageTag(language))).isEqualTo(shown);
  }
}
