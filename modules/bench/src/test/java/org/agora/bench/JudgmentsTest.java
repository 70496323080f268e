package org.agora.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The judgments file: one line per judged document, grouped into queries; mistakes fail loudly. */
class JudgmentsTest {

  @Test
  void linesOfOneQueryBecomeItsGrades() throws IOException {
    String file = """
        # lang\tquery\ttype\treference\tgrade
        de\tdatenbank\tpost\tWarum unsere Datenbanken nachts langsamer sind\t3

        de\tdatenbank\tperson\tjuergen.mueller\t2
        en\tgdpr\tbookmark\tGDPR text\t3
        """;
    List<Judgments.JudgedQuery> queries = Judgments.parse(new StringReader(file));
    assertThat(queries).hasSize(2);
    assertThat(queries.getFirst().lang()).isEqualTo("de");
    assertThat(queries.getFirst().grades()).isEqualTo(Map.of(
        new Judgments.Reference("post", "Warum unsere Datenbanken nachts langsamer sind"), 3,
        new Judgments.Reference("person", "juergen.mueller"), 2));
    assertThat(queries.get(1).grades()).containsEntry(new Judgments.Reference("bookmark", "GDPR text"), 3);
  }

  @Test
  void malformedLinesNameTheirLineNumber() {
    assertThatThrownBy(() -> Judgments.parse(new StringReader("de\turlaub\tpost\tx\n")))
        .hasMessageContaining("line 1").hasMessageContaining("5 tab-separated");
    assertThatThrownBy(() -> Judgments.parse(new StringReader("# c\nde\turlaub\tpage\tx\t2\n")))
        .hasMessageContaining("line 2").hasMessageContaining("unknown type page");
    assertThatThrownBy(() -> Judgments.parse(new StringReader("de\turlaub\tpost\tx\t4\n"))).hasMessageContaining("1 to 3");
    assertThatThrownBy(() -> Judgments.parse(new StringReader("de\turlaub\tpost\tx\t3\nde\turlaub\tpost\tx\t2\n")))
        .hasMessageContaining("judged twice");
  }

  @Test
  void theCollectionHasSixtyGermanAndThirtyEnglishQueries() throws IOException {
    try (var in = getClass().getResourceAsStream(RelevanceBenchmark.JUDGMENTS)) {
      List<Judgments.JudgedQuery> queries = Judgments.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      assertThat(queries.stream().filter(q -> q.lang().equals("de"))).hasSizeGreaterThanOrEqualTo(60);
      assertThat(queries.stream().filter(q -> q.lang().equals("en"))).hasSizeGreaterThanOrEqualTo(30);
      assertThat(queries).allSatisfy(q -> assertThat(q.grades().values()).contains(3));
    }
  }
}
