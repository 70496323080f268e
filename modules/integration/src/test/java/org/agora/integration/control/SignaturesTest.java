package org.agora.integration.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTest {

  @Test
  void signsTimestampDotBodyWithHmacSha256() {
    // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
    assertThat(Signatures.sign("secret", 1700000000L, "{\"a\":1}"))
        .isEqualTo("v1=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
  }

  @Test
  void verifiesOnlyTheSameSecretTimestampAndBody() {
    String signature = Signatures.sign("s3cret", 42, "body");
    assertThat(Signatures.verify("s3cret", 42, "body", signature)).isTrue();
    assertThat(Signatures.verify("other", 42, "body", signature)).isFalse();
    assertThat(Signatures.verify("s3cret", 43, "body", signature)).isFalse();
    assertThat(Signatures.verify("s3cret", 42, "body!", signature)).isFalse();
    assertThat(Signatures.verify("s3cret", 42, "body", null)).isFalse();
  }

  @Test
  void secretsAreFreshAnd256Bits() {
    assertThat(Signatures.newSecret()).hasSize(64).isNotEqualTo(Signatures.newSecret());
  }
}
