package org.agora.integration.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

  UnsubscribeTokens tokens = new UnsubscribeTokens("server-key");

  @Test
  void aTokenNamesItsPersonAndCannotBeForged() {
    String token = tokens.token(42);
    assertThat(tokens.personId(token)).hasValue(42);
    assertThat(tokens.personId(token.replaceFirst("^42\\.", "43."))).isEmpty();
    assertThat(new UnsubscribeTokens("other-key").personId(token)).isEmpty();
    assertThat(tokens.personId("42")).isEmpty();
    assertThat(tokens.personId("x.y")).isEmpty();
    assertThat(tokens.personId(null)).isEmpty();
  }
}
