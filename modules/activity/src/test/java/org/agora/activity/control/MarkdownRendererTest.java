package org.agora.activity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  @Test
  void mentionsAndTagsAreFoundOnceInOrder() {
    MarkdownRenderer.References refs =
        MarkdownRenderer.references("Hi @Anna.Mueller and @ben, see #Kubernetes and #k8s-tips #kubernetes `@notme #nottag`");
    assertThat(refs.usernames()).containsExactly("anna.mueller", "ben");
    assertThat(refs.tags()).containsExactly("kubernetes", "k8s-tips");
  }

  @Test
  void emailAddressesAndAnchorsAreNotMentionsOrTags() {
    MarkdownRenderer.References refs = MarkdownRenderer.references("mail anna@example.com or see page#section &#39;");
    assertThat(refs.usernames()).isEmpty();
    assertThat(refs.tags()).isEmpty();
  }

  @Test
  void knownPeopleAndTagsBecomeLinks() {
    String html = MarkdownRenderer.html("**Hello** @anna, about #Java", Map.of("anna", 7L));
    assertThat(html).contains("<strong>Hello</strong>");
    assertThat(html).contains("<a href=\"/people/7\"");
    assertThat(html).contains("<a href=\"/tags/java\"");
  }

  @Test
  void unknownUsernamesStayText() {
    assertThat(MarkdownRenderer.html("hi @ghost", Map.of())).doesNotContain("<a");
  }

  @Test
  void rawHtmlAndScriptLinksAreNeutralised() {
    String html =
        MarkdownRenderer.html("<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>", Map.of());
    assertThat(html).doesNotContain("<script").doesNotContain("href=\"javascript").doesNotContain("<img");
    assertThat(MarkdownRenderer.html("[x](javascript:alert(1))", Map.of())).doesNotContain("href=\"javascript");
  }

  @Test
  void listsQuotesAndCodeSurvive() {
    String html = MarkdownRenderer.html("- one\n- two\n\n> quoted\n\n```\ncode <b>\n```", Map.of());
    assertThat(html).contains("<li>one</li>").contains("<blockquote>").contains("<code>");
    assertThat(html).contains("&lt;b&gt;");
  }
}
