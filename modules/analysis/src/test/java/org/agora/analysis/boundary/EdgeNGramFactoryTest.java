package org.agora.analysis.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EdgeNGramFactoryTest {

  private static EdgeNGramFactory factory(int minGram, int maxGram, boolean preserveOriginal) {
    return new EdgeNGramFactory(new EdgeNGramFactory.Settings() {
      public int minGram() { return minGram; }
      public int maxGram() { return maxGram; }
      public boolean preserveOriginal() { return preserveOriginal; }
    });
  }

  @Test
  void emitsThePrefixesPeopleType() {
    assertThat(Tokens.terms("Kube", factory(1, 20, false)::create)).containsExactly("k", "ku", "kub", "kube");
    assertThat(Tokens.terms("Kubernetes", factory(1, 20, false)::create)).contains("kube", "kubernetes");
    assertThat(Tokens.terms("Müller", factory(2, 3, false)::create)).containsExactly("mü", "mül");
  }

  @Test
  void keepsLongWordsWholeOnRequest() {
    assertThat(Tokens.terms("Kubernetes", factory(2, 4, true)::create))
        .containsExactly("ku", "kub", "kube", "kubernetes");
    assertThat(Tokens.terms("Kubernetes", factory(2, 4, false)::create)).containsExactly("ku", "kub", "kube");
  }

  @Test
  void prefixesOfEachWordOfAName() {
    assertThat(Tokens.terms("Anna Schmidt", factory(2, 20, false)::create))
        .containsExactly("an", "ann", "anna", "sc", "sch", "schm", "schmi", "schmid", "schmidt");
  }

  @Test
  void refusesGramsThatCannotHold() {
    assertThatThrownBy(() -> factory(0, 3, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> factory(4, 3, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
