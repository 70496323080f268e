package org.agora.analysis.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.agora.analysis.boundary.Tokens.Token;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class GermanDecompoundFactoryTest {

  /** The factory as a node builds it from these settings. */
  static GermanDecompoundFactory factory(int minWord, int maxWord, int minPart) {
    return new GermanDecompoundFactory(new GermanDecompoundFactory.Settings() {
      public int minWordLength() { return minWord; }
      public int maxWordLength() { return maxWord; }
      public int minPartLength() { return minPart; }
    });
  }

  private final GermanDecompoundFactory defaults = factory(6, 50, 3);

  /** Compounds of an intranet and the parts a search for one of them must find. */
  static final Map<String, List<String>> COMPOUNDS = Map.of(
      "Projektleitung", List.of("projekt", "leitung"),
      "Urlaubsantrag", List.of("urlaub", "antrag"),
      "Kundendienst", List.of("kunden", "dienst"),
      "Softwareentwicklung", List.of("software", "entwicklung"),
      "Besprechungsraum", List.of("besprechung", "raum"),
      "Sommerfest", List.of("sommer", "fest"),
      "Gehaltsabrechnung", List.of("gehalt", "abrechnung"),
      "Datenbankserver", List.of("datenbank", "server"),
      "Haustür", List.of("haus", "tür"));

  @Test
  void keepsTheWholeWordAndAddsItsParts() {
    COMPOUNDS.forEach((word, parts) -> {
      List<String> terms = Tokens.terms(word, defaults::create);
      assertThat(terms.getFirst()).as(word).isEqualTo(word.toLowerCase(java.util.Locale.ROOT));
      assertThat(terms).as(word).containsAll(parts).doesNotHaveDuplicates();
    });
  }

  @Test
  void partsStandAtTheWordsPositionWithItsOffsets() {
    List<Token> tokens = Tokens.tokens("neue Projektleitung gesucht", defaults::create);
    assertThat(tokens).containsExactly(
        new Token("neue", 1, 0, 4),
        new Token("projektleitung", 1, 5, 19),
        new Token("projekt", 0, 5, 19),
        new Token("leitung", 0, 5, 19),
        new Token("gesucht", 1, 20, 27));
  }

  @Test
  void leavesSimpleWordsNamesAndForeignWordsAlone() {
    assertThat(Tokens.terms("Müller Kubernetes Team Haus deployment", defaults::create))
        .containsExactly("müller", "kubernetes", "team", "haus", "deployment");
  }

  @Test
  void honoursTheLengthBoundsAndKeywords() {
    assertThat(Tokens.terms("Sommerfest", factory(11, 50, 3)::create)).containsExactly("sommerfest");
    assertThat(Tokens.terms("Sommerfest", factory(6, 9, 3)::create)).containsExactly("sommerfest");
    assertThat(Tokens.terms("Haustür", factory(6, 50, 4)::create)).containsExactly("haustür", "haus");
    CharArraySet keywords = new CharArraySet(List.of("sommerfest"), false);
    assertThat(Tokens.terms("Sommerfest", t -> defaults.create(new SetKeywordMarkerFilter(t, keywords))))
        .containsExactly("sommerfest");
  }

  @Test
  void aVeryLongTokenPassesUnsplit() {
    String run = "haus".repeat(30);
    assertThat(Tokens.terms(run, factory(6, 70, 3)::create)).containsExactly(run);
  }

  @Test
  void refusesBoundsThatCannotHold() {
    assertThatThrownBy(() -> factory(6, 5, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> factory(6, 50, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
