package org.agora.analysis.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GermanNormalizationFactoryTest {

  private final GermanNormalizationFactory factory = new GermanNormalizationFactory();

  /** Each group is one person or word spelt the ways people type it; all must meet in one term. */
  static final Map<String, List<String>> SPELLINGS = Map.of(
      "muller", List.of("Müller", "Mueller", "muller", "MÜLLER"),
      "strasse", List.of("Straße", "Strasse", "STRASSE"),
      "grosse", List.of("Größe", "Groesse", "grösse"),
      "hauser", List.of("Häuser", "Haeuser", "hauser"),
      "schon", List.of("schön", "schoen"),
      "jurgen", List.of("Jürgen", "Juergen", "Jurgen"),
      "grun", List.of("Grün", "gruen"));

  @Test
  void everySpellingOfAWordMeetsInOneTerm() {
    SPELLINGS.forEach((expected, spellings) -> spellings.forEach(spelling ->
        assertThat(Tokens.term(spelling, factory::create)).as(spelling).isEqualTo(expected)));
  }

  @Test
  void keepsTheUeOfQuAndLeavesPlainWordsAlone() {
    assertThat(Tokens.terms("Quelle Projekt Datenbank", factory::create)).containsExactly("quelle", "projekt", "datenbank");
  }

  /** German2 takes any "ue" after a consonant for ü; harmless, as the query passes the same filter. */
  @Test
  void foldsAnUeThatIsNoUmlautAlike() {
    assertThat(Tokens.terms("Aktuelles aktülles", factory::create)).containsExactly("aktulles", "aktulles");
  }

  @Test
  void normalizesForKeywordNormalizersToo() {
    assertThat(Tokens.term("Müller", factory::normalize)).isEqualTo("muller");
  }
}
