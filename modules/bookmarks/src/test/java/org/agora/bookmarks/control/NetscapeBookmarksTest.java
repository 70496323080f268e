package org.agora.bookmarks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetscapeBookmarksTest {

  /** The shape Chrome and Edge export: folders in H3, links in A, a DD after a link. */
  static final String CHROME =
      """
      <!DOCTYPE NETSCAPE-Bookmark-file-1>
      <!-- This is an automatically generated file. -->
      <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
      <TITLE>Bookmarks</TITLE>
      <H1>Bookmarks</H1>
      <DL><p>
          <DT><H3 ADD_DATE="1700000000" LAST_MODIFIED="1700000001" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks bar</H3>
          <DL><p>
              <DT><A HREF="https://kubernetes.io/docs/" ADD_DATE="1700000100">Kubernetes Documentation</A>
              <DT><H3 ADD_DATE="1700000000">Java</H3>
              <DL><p>
                  <DT><A HREF="https://jakarta.ee/specifications/" ADD_DATE="1700000200">Jakarta EE Specifications</A>
                  <DD>All the specs & their versions
              </DL><p>
          </DL><p>
          <DT><A HREF="https://example.org/?utm_source=x" ADD_DATE="1700000300" TAGS="misc,Reading">Example <b>page</b></A>
      </DL><p>
      """;

  @Test
  void foldersBecomeTagsAndDatesAndDescriptionsAreKept() {
    List<NetscapeBookmarks.Entry> entries = NetscapeBookmarks.parse(CHROME);
    assertThat(entries).extracting(NetscapeBookmarks.Entry::url)
        .containsExactly("https://kubernetes.io/docs/", "https://jakarta.ee/specifications/", "https://example.org/?utm_source=x");
    NetscapeBookmarks.Entry jakarta = entries.get(1);
    assertThat(jakarta.tags()).containsExactly("Java");
    assertThat(jakarta.description()).isEqualTo("All the specs & their versions");
    assertThat(jakarta.added().getEpochSecond()).isEqualTo(1700000200L);
    assertThat(entries.get(0).tags()).isEmpty();
    assertThat(entries.get(2).tags()).containsExactly("misc", "Reading");
  }

  @Test
  void whatIsWrittenReadsBackTheSame() {
    List<NetscapeBookmarks.Entry> entries = NetscapeBookmarks.parse(CHROME);
    List<NetscapeBookmarks.Entry> again = NetscapeBookmarks.parse(NetscapeBookmarks.write(entries));
    assertThat(again).isEqualTo(entries);
  }

  @Test
  void aFileWithoutBookmarksHasNoEntries() {
    assertThat(NetscapeBookmarks.parse("<html><body><p>not bookmarks</body></html>")).isEmpty();
    assertThat(NetscapeBookmarks.parse("<DL><p><DT><H3>Empty</H3><DL><p></DL><p></DL")).isEmpty();
  }
}
