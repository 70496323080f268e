package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.activity.boundary.ActivitySummaries;
import org.agora.activity.entity.ActivitySummary;
import org.agora.activity.entity.ActivityType;
import org.agora.communities.boundary.CommunitySummaries;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Author;
import org.agora.search.entity.SearchItem;

/**
 * The activities index: posts and comments that are not deleted (nor is their post, nor their
 * community). Profile posts are {@code public}; community content carries its {@code community_id}
 * and is seen by exactly the readers of that community ({@code CommunityAccess.readableCommunityIds}),
 * decided at query time, so a community that changes visibility needs no reindex.
 */
@ApplicationScoped
public class ActivitiesIndex extends SummaryIndex {

  public static final String POST = "post";
  public static final String COMMENT = "comment";
  static final int MAX_BODY = 10_000;

  @Inject ActivitySummaries activities;
  @Inject PeopleInBulk people;
  @Inject CommunitySummaries communities;

  public ActivitiesIndex() {
    super(POST, "agora-activities");
  }

  @Override
  public List<String> types() {
    return List.of(POST, COMMENT);
  }

  @Override
  public Set<String> aggregateTypes() {
    return Set.of("activity");
  }

  /** The activity, and when a post is deleted or edited, its comments too (they inherit its fate). */
  @Override
  public Set<Long> affectedIds(String aggregateType, long aggregateId) {
    return affectedIds(aggregateType, List.of(aggregateId)).get(aggregateId);
  }

  /** The same for a batch, with one query for the comments of all of them. */
  @Override
  public Map<Long, Set<Long>> affectedIds(String aggregateType, Collection<Long> aggregateIds) {
    return activities.withComments(aggregateIds);
  }

  @Override
  public Map<Long, Object> documents(Collection<Long> ids) {
    List<ActivitySummary> found = activities.searchable(ids);
    Map<Long, Author> authors = people.authors(each(found, ActivitySummary::actorId));
    Map<Long, String> communityNames = communities.liveNames(each(found, ActivitySummary::communityId));
    return documents(found, ActivitySummary::id, a -> {
      if (a.communityId() != null && !communityNames.containsKey(a.communityId())) {
        return null; // its community was deleted
      }
      return document(a, authors.get(a.actorId()), a.communityId() == null ? null : communityNames.get(a.communityId()));
    });
  }

  private static Map<String, Object> document(ActivitySummary a, Author author, String community) {
    boolean comment = a.type() == ActivityType.COMMENT;
    String text = a.text();
    return SearchDocument.of(comment ? COMMENT : POST, a.id())
        .with("title", titleOf(text))
        .with("body", text == null || text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY))
        .with("author_id", a.actorId())
        .with("author", author == null ? null : author.displayName())
        .with("department", author == null ? null : author.department())
        .with("community", community)
        .with("parent_id", a.parentId())
        .with("question", a.question())
        .with("accepted_answer", a.acceptedAnswer())
        .with("tags", a.tags())
        .with("date", a.createdAt())
        .with("reactions", a.reactions())
        .with("comments", a.comments())
        .with("url", "/api/v1/posts/" + (comment ? a.parentId() : a.id()))
        .audience(a.communityId() == null, a.communityId(), null)
        .build();
  }

  /** The first line of the text, shortened: posts have no title of their own. */
  static String titleOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String line = text.strip().lines().findFirst().orElse("").replaceAll("^[#>*\\-\\s]+", "");
    return line.length() > 120 ? line.substring(0, 119) + "…" : line;
  }

  /** Candidates: {@link #documents} leaves out those whose community was deleted. */
  @Override
  public List<Long> idsAfter(long afterId, int limit) {
    return activities.searchableIdsAfter(afterId, limit);
  }

  @Override
  public long databaseCount() {
    return activities.searchableCount(communities.deletedIds());
  }

  @Override
  public SearchItem item(long id, JsonObject source, String snippet) {
    String community = source.getString("community", null);
    String author = source.getString("author", "");
    // Language-neutral: the hit's type says "post" or "comment" in the reader's language.
    String subtitle = author + (community == null ? "" : " · " + community);
    return item(source.getString("type", POST), id, source, snippet, subtitle, null, null);
  }
}
