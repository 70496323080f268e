package org.agora.analysis.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AsciiFoldingFactoryTest {

  private static AsciiFoldingFactory factory(boolean preserveOriginal) {
    return new AsciiFoldingFactory(() -> preserveOriginal);
  }

  /** Names of international colleagues and what they fold to. */
  static final Map<String, String> FOLDED = Map.of(
      "José", "jose",
      "Łódź", "lodz",
      "Müller", "muller",
      "Straße", "strasse",
      "Ærøskøbing", "aeroskobing",
      "François", "francois",
      "Dvořák", "dvorak",
      "Ångström", "angstrom",
      "Kubernetes", "kubernetes");

  @Test
  void foldsLettersToTheirAsciiLookAlikes() {
    FOLDED.forEach((word, folded) -> assertThat(Tokens.term(word, factory(false)::create)).as(word).isEqualTo(folded));
  }

  @Test
  void keepsTheOriginalBesideTheFoldedTokenOnRequest() {
    assertThat(Tokens.terms("José Kim", factory(true)::create)).containsExactly("jose", "josé", "kim");
  }

  @Test
  void normalizesWithoutTheOriginal() {
    assertThat(Tokens.terms("José", factory(true)::normalize)).containsExactly("jose");
  }
}
