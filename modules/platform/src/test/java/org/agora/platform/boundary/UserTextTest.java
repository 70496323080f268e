package org.agora.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTextTest {

  @Test
  void plainTextLosesEveryTagButKeepsItsCharacters() {
    assertThat(UserText.plain("  <b>Anna</b> & <script>alert(1)</script>Ben's \"team\" <3 "))
        .isEqualTo("Anna & Ben's \"team\" <3");
  }

  @Test
  void plainTextKeepsNullAndUnicode() {
    assertThat(UserText.plain(null)).isNull();
    assertThat(UserText.plain("Jürgen Groß — Zürich")).isEqualTo("Jürgen Groß — Zürich");
  }

  @Test
  void richTextKeepsFormattingAndSafeLinksOnly() {
    String html =
        UserText.html(
            "<p><b>Hi</b> <a href=\"javascript:alert(1)\">x</a> <a href=\"https://agora.example\">docs</a>"
                + "<img src=x onerror=alert(1)></p>");
    assertThat(html).contains("<b>Hi</b>").contains("https://agora.example");
    assertThat(html).doesNotContain("javascript").doesNotContain("onerror").doesNotContain("<img");
  }
}
