package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.bookmarks.boundary.BookmarkSummaries;
import org.agora.bookmarks.entity.BookmarkSummary;
import org.agora.bookmarks.entity.BookmarkVisibility;
import org.agora.communities.boundary.CommunitySummaries;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Author;
import org.agora.search.entity.SearchItem;

/**
 * The bookmarks index. Its audience follows {@code Bookmarks}' rule: public bookmarks for every
 * colleague, community bookmarks for that community's readers, and each bookmark for its owner
 * (private ones for nobody else).
 */
@ApplicationScoped
public class BookmarksIndex extends SummaryIndex {

  public static final String TYPE = "bookmark";

  @Inject BookmarkSummaries bookmarks;
  @Inject PeopleInBulk people;
  @Inject CommunitySummaries communities;

  public BookmarksIndex() {
    super(TYPE, "agora-bookmarks");
  }

  @Override
  public Map<Long, Object> documents(Collection<Long> ids) {
    List<BookmarkSummary> found = bookmarks.byIds(ids);
    Map<Long, Author> owners = people.authors(each(found, BookmarkSummary::ownerId));
    Map<Long, String> communityNames = communities.liveNames(each(found, BookmarkSummary::communityId));
    return documents(found, BookmarkSummary::id,
        b -> document(b, owners.get(b.ownerId()), b.communityId() == null ? null : communityNames.get(b.communityId())));
  }

  private static Map<String, Object> document(BookmarkSummary b, Author owner, String community) {
    // A bookmark hidden by a moderator stays findable by its owner only.
    Long communityId = b.hidden() ? null : b.communityId();
    return SearchDocument.of(TYPE, b.id())
        .with("title", b.title())
        .with("body", b.description())
        .with("author_id", b.ownerId())
        .with("author", owner == null ? null : owner.displayName())
        .with("department", owner == null ? null : owner.department())
        .with("visibility", b.visibility().name().toLowerCase(Locale.ROOT))
        .with("community", community)
        .with("link", b.url())
        .with("host", b.host())
        .with("tags", b.tags())
        .with("date", b.createdAt())
        .with("url", "/api/v1/bookmarks/" + b.id())
        .audience(b.visibility() == BookmarkVisibility.PUBLIC && !b.hidden(), communityId, b.ownerId())
        .build();
  }

  @Override
  public List<Long> idsAfter(long afterId, int limit) {
    return bookmarks.idsAfter(afterId, limit);
  }

  @Override
  public long databaseCount() {
    return bookmarks.count();
  }

  @Override
  public SearchItem item(long id, JsonObject source, String snippet) {
    String subtitle = source.getString("host", "") + " · saved by " + source.getString("author", "");
    return item(TYPE, id, source, snippet, subtitle, null, null);
  }
}
