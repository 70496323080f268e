package org.agora.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What is left of a view's elements in the copy a page shows before the scripts have run. */
class ReadOnlyCopyTest {

  private static Element copyOf(String html) {
    return ReadOnlyCopy.of(Jsoup.parseBodyFragment(html).body().child(0));
  }

  @Test
  void layoutsBecomeFlexBoxesWithLumosSpacingAndKeepTheirOwnStyle() {
    Element copy = copyOf("""
        <vaadin-vertical-layout class="post-view" role="main" id="main-content" tabindex="-1" style="max-width:760px">
          <vaadin-horizontal-layout theme="spacing" style="align-items:center"><a href="people/1">Anna</a></vaadin-horizontal-layout>
        </vaadin-vertical-layout>""");
    assertThat(copy.tagName()).isEqualTo("div");
    assertThat(copy.attributes().hasKey("class")).as("the view's own classes stay with the view").isFalse();
    assertThat(copy.attr("style")).startsWith("display:flex;").contains("flex-direction:column").endsWith("max-width:760px");
    Element row = copy.child(0);
    assertThat(row.attr("style")).contains("flex-direction:row", "gap:var(--lumo-space-m)").endsWith("align-items:center");
    assertThat(copy.select("[id], [tabindex], [role], [theme]")).isEmpty();
  }

  @Test
  void controlsGoAvatarsBecomeCirclesAndRowsLeftEmptyGo() {
    Element copy = copyOf("""
        <div>
          <vaadin-horizontal-layout><vaadin-avatar name="Anna"></vaadin-avatar><span>Anna wrote</span></vaadin-horizontal-layout>
          <div class="feed-text"><p>Hello <b>all</b></p></div>
          <vaadin-horizontal-layout><vaadin-button>Like</vaadin-button><vaadin-icon icon="vaadin:flag"></vaadin-icon></vaadin-horizontal-layout>
          <vaadin-vertical-layout><vaadin-text-area label="Comment"></vaadin-text-area><button>Send</button></vaadin-vertical-layout>
          <div id="comment-7" class="comment">Thanks</div>
        </div>""");
    assertThat(copy.select("vaadin-button, vaadin-icon, vaadin-text-area, button, vaadin-avatar")).isEmpty();
    assertThat(copy.select("span[style*=border-radius:50%]")).hasSize(1);
    assertThat(copy.text()).isEqualTo("Anna wrote Hello all Thanks");
    assertThat(copy.children()).as("the row of buttons and the reply field leave nothing behind").hasSize(3);
    assertThat(copy.selectFirst(".comment").id()).isEmpty();
  }
}
