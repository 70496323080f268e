package org.agora.analysis.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

class GermanStemFactoryTest {

  /** The chain the German fields will use: umlauts normalised, then stemmed. */
  private static TokenStream german(TokenStream tokens) {
    return new GermanStemFactory().create(new GermanNormalizationFactory().create(tokens));
  }

  /** Inflected forms a search must bring together. */
  static final List<List<String>> FORMS = List.of(
      List.of("Datenbank", "Datenbanken"),
      List.of("Projekt", "Projekte", "Projekten", "Projektes"),
      // The light stemmer drops a final s only after b d f g h k l m n t: "Mitarbeiters" stays whole.
      List.of("Mitarbeiter", "Mitarbeitern"),
      List.of("Besprechung", "Besprechungen"),
      List.of("Kunde", "Kunden"),
      List.of("Haus", "Häuser", "Hauses"),
      List.of("Antrag", "Anträge"),
      List.of("Team", "Teams"));

  @Test
  void inflectedFormsShareTheirStem() {
    for (List<String> forms : FORMS) {
      String stem = Tokens.term(forms.getFirst(), GermanStemFactoryTest::german);
      forms.forEach(form -> assertThat(Tokens.term(form, GermanStemFactoryTest::german)).as(form + " like " + forms.getFirst())
          .isEqualTo(stem));
    }
  }

  @Test
  void datenbankenBecomesDatenbank() {
    assertThat(Tokens.term("Datenbanken", GermanStemFactoryTest::german)).isEqualTo("datenbank");
  }

  @Test
  void differentWordsKeepDifferentStems() {
    assertThat(Tokens.terms("Projekt Produkt Prozess", GermanStemFactoryTest::german)).doesNotHaveDuplicates();
  }
}
