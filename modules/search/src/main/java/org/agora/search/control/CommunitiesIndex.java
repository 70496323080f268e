package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.communities.boundary.CommunitySummaries;
import org.agora.communities.entity.CommunitySummary;
import org.agora.communities.entity.Visibility;
import org.agora.search.entity.SearchItem;
import org.agora.search.entity.Suggestion;

/**
 * The communities index. Public and restricted communities are seen by every colleague (their
 * content is not: that is the activity index's business); a secret community only by its members,
 * so its document is not {@code public} and its completion lives in its own context.
 */
@ApplicationScoped
public class CommunitiesIndex extends SummaryIndex {

  public static final String TYPE = "community";

  @Inject CommunitySummaries communities;

  public CommunitiesIndex() {
    super(TYPE, "agora-communities");
  }

  @Override
  public Map<Long, Object> documents(Collection<Long> ids) {
    return documents(communities.live(ids), CommunitySummary::id, CommunitiesIndex::document);
  }

  static Map<String, Object> document(CommunitySummary c) {
    boolean secret = c.visibility() == Visibility.SECRET;
    return SearchDocument.of(TYPE, c.id())
        .with("title", c.name())
        .with("body", c.description())
        .with("visibility", c.visibility().name().toLowerCase(Locale.ROOT))
        .with("category", c.category())
        .with("community", c.name())
        .with("tags", c.tags())
        .with("date", c.createdAt())
        .with("members", c.members())
        .with("url", "/api/v1/communities/" + c.id())
        .audience(!secret, c.id(), null)
        .suggest(
            PeopleIndex.completionInputs(c.name()),
            (int) Math.min(c.members(), Integer.MAX_VALUE),
            secret ? String.valueOf(c.id()) : SearchDocument.EVERYONE)
        .build();
  }

  @Override
  public List<Long> idsAfter(long afterId, int limit) {
    return communities.liveIdsAfter(afterId, limit);
  }

  @Override
  public long databaseCount() {
    return communities.liveCount();
  }

  @Override
  public SearchItem item(long id, JsonObject source, String snippet) {
    String category = source.getString("category", null);
    String visibility = source.getString("visibility", "");
    String subtitle = category == null ? visibility + " community" : visibility + " community · " + category;
    return item(TYPE, id, source, snippet, subtitle, null, null);
  }

  @Override
  public boolean suggests() {
    return true;
  }

  @Override
  public Suggestion suggestion(long id, JsonObject source, String text) {
    return new Suggestion(TYPE, id, source.getString("title", text), "/api/v1/communities/" + id);
  }
}
