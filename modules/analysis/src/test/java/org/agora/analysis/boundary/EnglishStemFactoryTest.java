package org.agora.analysis.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

class EnglishStemFactoryTest {

  /** The chain the English fields will use: possessives dropped, then Porter. */
  private static TokenStream english(TokenStream tokens) {
    return new EnglishStemFactory().create(new EnglishPossessiveFactory().create(tokens));
  }

  static final List<List<String>> FORMS = List.of(
      List.of("meeting", "meetings", "meet"),
      List.of("deploy", "deployed", "deploying", "deploys"),
      List.of("database", "databases"),
      List.of("team", "teams", "team's"),
      List.of("connect", "connected", "connection", "connections"),
      List.of("engineer", "engineering", "engineers"));

  @Test
  void inflectedFormsShareTheirStem() {
    for (List<String> forms : FORMS) {
      String stem = Tokens.term(forms.getFirst(), EnglishStemFactoryTest::english);
      forms.forEach(form -> assertThat(Tokens.term(form, EnglishStemFactoryTest::english)).as(form + " like " + forms.getFirst())
          .isEqualTo(stem));
    }
  }

  @Test
  void dropsPossessives() {
    assertThat(Tokens.terms("the team's roadmap", new EnglishPossessiveFactory()::create))
        .containsExactly("the", "team", "roadmap");
  }

  @Test
  void differentWordsKeepDifferentStems() {
    assertThat(Tokens.terms("project product process", EnglishStemFactoryTest::english)).doesNotHaveDuplicates();
  }
}
