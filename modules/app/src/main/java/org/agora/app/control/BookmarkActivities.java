package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.agora.activity.boundary.Posts;
import org.agora.bookmarks.entity.BookmarkSaved;
import org.agora.bookmarks.entity.BookmarkVisibility;

/**
 * Bookmarks and activity streams are sibling modules that do not know each other; the app joins
 * them: a newly saved public or community bookmark becomes one stream item (edits do not).
 */
@ApplicationScoped
public class BookmarkActivities {

  @Inject Posts posts;

  void onSaved(@Observes BookmarkSaved event) {
    if ("created".equals(event.change()) && event.visibility() != BookmarkVisibility.PRIVATE) {
      posts.recordBookmark(event.personId(), event.communityId(), "bookmark:" + event.bookmarkId());
    }
  }
}
