package org.agora.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesWhatCouldEndTextOrAnAttributeAndNothingElse() {
    assertThat(Html.escape("<b>Tom & \"Jerry\"</b> 'n' a=b c+d e@f {{x}} ü 😀"))
        .isEqualTo("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; &#x27;n&#x27; a=b c+d e@f {{x}} ü 😀");
  }

  @Test
  void nothingIsEmpty() {
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void anHtmlParserReadsBackTheSameText() {
    String text = "Tom & \"Jerry\" <3 'n' \u00a0&amp;";
    assertThat(org.jsoup.parser.Parser.unescapeEntities(Html.escape(text), true)).isEqualTo(text);
  }
}
