package org.agora.analysis.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.analysis.boundary.Tokens.Token;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

class WordFormsFactoryTest {

  private static TokenStream forms(TokenStream lowerCased) {
    return new WordFormsFactory().create(lowerCased);
  }

  /** The chain of the text fields: compounds split, then every token in its forms. */
  private static TokenStream text(TokenStream lowerCased) {
    return forms(GermanDecompoundFactoryTest.factory(6, 50, 3).create(lowerCased));
  }

  @Test
  void keepsTheWordAsWrittenFirstAndAddsItsStemsAtItsPosition() {
    assertThat(Tokens.tokens("neue Datenbanken", WordFormsFactoryTest::forms)).containsExactly(
        new Token("neue", 1, 0, 4),
        new Token("neu", 0, 0, 4),
        new Token("datenbanken", 1, 5, 16),
        new Token("datenbank", 0, 5, 16));
  }

  @Test
  void aWordAndItsStemShareNoFormButTheStem() {
    assertThat(Tokens.terms("datenbanken", WordFormsFactoryTest::forms)).contains("datenbank");
    assertThat(Tokens.terms("datenbank", WordFormsFactoryTest::forms)).containsExactly("datenbank");
    assertThat(Tokens.terms("meetings", WordFormsFactoryTest::forms)).containsExactly("meetings", "meeting", "meet");
    assertThat(Tokens.terms("meeting", WordFormsFactoryTest::forms)).contains("meet");
  }

  @Test
  void foldsEveryFormAsGermanWritersSpellUmlauts() {
    for (String spelling : List.of("müller", "mueller", "muller")) {
      assertThat(Tokens.terms(spelling, WordFormsFactoryTest::forms)).as(spelling).first().isEqualTo("muller");
    }
    assertThat(Tokens.terms("straße", WordFormsFactoryTest::forms)).first().isEqualTo("strasse");
    assertThat(Tokens.terms("josé", WordFormsFactoryTest::forms)).first().isEqualTo("jose");
  }

  @Test
  void englishPossessivesAndStemsOnlyInTheEnglishForm() {
    assertThat(Tokens.terms("team's", WordFormsFactoryTest::forms)).containsExactly("team's", "team");
    assertThat(Tokens.terms("deployed", WordFormsFactoryTest::forms)).containsExactly("deployed", "deploi");
    assertThat(Tokens.terms("deploy", WordFormsFactoryTest::forms)).contains("deploi");
  }

  @Test
  void partsOfACompoundGetTheirFormsAtTheWordsPosition() {
    List<Token> tokens = Tokens.tokens("Kundendatenbanken", WordFormsFactoryTest::text);
    assertThat(tokens.getFirst().term()).isEqualTo("kundendatenbanken");
    assertThat(tokens).extracting(Token::term).contains("kundendatenbank", "datenbank").doesNotHaveDuplicates();
    assertThat(tokens.subList(1, tokens.size())).allMatch(t -> t.positionIncrement() == 0);
  }

  @Test
  void formsOfOtherWordsStayApart() {
    assertThat(Tokens.terms("projekt produkt prozess", WordFormsFactoryTest::forms)).doesNotHaveDuplicates();
    assertThat(Tokens.tokens("team plan", WordFormsFactoryTest::forms)).extracting(Token::positionIncrement).containsExactly(1, 1);
  }
}
