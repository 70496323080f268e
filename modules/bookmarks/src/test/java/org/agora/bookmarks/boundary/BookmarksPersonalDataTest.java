package org.agora.bookmarks.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.bookmarks.entity.BookmarkVisibility;
import org.junit.jupiter.api.Test;

class BookmarksPersonalDataTest {

  @Test
  void privateBookmarksAreAlwaysErased() {
    assertThat(BookmarksPersonalData.deletes(BookmarkVisibility.PRIVATE, true)).isTrue();
    assertThat(BookmarksPersonalData.deletes(BookmarkVisibility.PRIVATE, false)).isTrue();
  }

  @Test
  void sharedBookmarksFollowTheOrganisationsChoice() {
    for (BookmarkVisibility shared : new BookmarkVisibility[] {BookmarkVisibility.PUBLIC, BookmarkVisibility.COMMUNITY}) {
      assertThat(BookmarksPersonalData.deletes(shared, true)).as(shared + " kept").isFalse();
      assertThat(BookmarksPersonalData.deletes(shared, false)).as(shared + " deleted").isTrue();
    }
  }
}
