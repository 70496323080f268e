package org.agora.bookmarks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.platform.entity.Refusal;
import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

  @Test
  void spellingsOfOneAddressMeet() {
    String expected = "https://example.org/docs?page=2";
    assertThat(UrlNormalizer.normalize("HTTPS://Example.ORG:443/docs?page=2#intro")).isEqualTo(expected);
    assertThat(UrlNormalizer.normalize("https://example.org/docs?utm_source=mail&page=2&utm_medium=x")).isEqualTo(expected);
    assertThat(UrlNormalizer.normalize("  https://example.org/docs?page=2&fbclid=abc ")).isEqualTo(expected);
  }

  @Test
  void emptyPathsAndOtherPortsAreKeptApart() {
    assertThat(UrlNormalizer.normalize("http://example.org")).isEqualTo("http://example.org/");
    assertThat(UrlNormalizer.normalize("http://example.org:80/a")).isEqualTo("http://example.org/a");
    assertThat(UrlNormalizer.normalize("http://example.org:8080/a")).isEqualTo("http://example.org:8080/a");
  }

  @Test
  void onlyWebLinksAreAccepted() {
    for (String bad : new String[] {"javascript:alert(1)", "data:text/html,<script>", "ftp://example.org/x", "not a url", "", "https:///nohost"}) {
      assertThatThrownBy(() -> UrlNormalizer.normalize(bad)).as(bad).isInstanceOf(Refusal.class);
    }
    assertThatThrownBy(() -> UrlNormalizer.normalize("https://example.org/" + "a".repeat(2001)))
        .isInstanceOf(Refusal.class);
  }
}
