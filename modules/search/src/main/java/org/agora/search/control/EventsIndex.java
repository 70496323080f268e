package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.agora.communities.boundary.CommunitySummaries;
import org.agora.events.boundary.EventSummaries;
import org.agora.events.entity.EventSummary;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Author;
import org.agora.search.entity.SearchItem;

/**
 * The events index: title, description and place, dated by the first start. Its audience follows
 * the events module's rule: a personal event for every colleague, a community's event for that
 * community's readers. A cancelled event leaves the index.
 */
@ApplicationScoped
public class EventsIndex extends SummaryIndex {

  public static final String TYPE = "event";

  @Inject EventSummaries events;
  @Inject PeopleInBulk people;
  @Inject CommunitySummaries communities;

  public EventsIndex() {
    super(TYPE, "agora-events");
  }

  @Override
  public Map<Long, Object> documents(Collection<Long> ids) {
    List<EventSummary> found = events.byIds(ids);
    Map<Long, Author> organisers = people.authors(each(found, EventSummary::organiserId));
    Map<Long, String> communityNames = communities.liveNames(each(found, EventSummary::communityId));
    return documents(found, EventSummary::id, e -> {
      if (e.communityId() != null && !communityNames.containsKey(e.communityId())) {
        return null; // its community was deleted
      }
      return document(e, organisers.get(e.organiserId()), e.communityId() == null ? null : communityNames.get(e.communityId()));
    });
  }

  private static Map<String, Object> document(EventSummary e, Author organiser, String community) {
    return SearchDocument.of(TYPE, e.id())
        .with("title", e.title())
        .with("body", e.description() == null || e.description().isBlank() ? null : e.description())
        .with("location", e.location())
        .with("author_id", e.organiserId())
        .with("author", organiser == null ? null : organiser.displayName())
        .with("department", organiser == null ? null : organiser.department())
        .with("community", community)
        .with("date", e.startsAt())
        .with("url", "/api/v1/events/" + e.id())
        .audience(e.communityId() == null, e.communityId(), null)
        .build();
  }

  @Override
  public List<Long> idsAfter(long afterId, int limit) {
    return events.idsAfter(afterId, limit);
  }

  @Override
  public long databaseCount() {
    return events.count();
  }

  @Override
  public SearchItem item(long id, JsonObject source, String snippet) {
    String subtitle = source.getString("location", "") + (source.containsKey("author") ? " · " + source.getString("author") : "");
    return item(TYPE, id, source, snippet, subtitle.startsWith(" · ") ? subtitle.substring(3) : subtitle, null, null);
  }
}
