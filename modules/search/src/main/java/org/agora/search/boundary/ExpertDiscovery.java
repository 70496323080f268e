package org.agora.search.boundary;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.agora.activity.boundary.ActivitySummaries;
import org.agora.activity.entity.AuthorActivity;
import org.agora.activity.entity.TaggedActivity;
import org.agora.bookmarks.boundary.BookmarkSummaries;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.communities.boundary.CommunitySummaries;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Colleague;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.search.control.Audience;
import org.agora.search.control.ExpertRanking;
import org.agora.search.control.ExpertSignals;
import org.agora.search.control.QueryComposer;
import org.agora.search.control.SearchUnavailable;
import org.agora.search.control.TopicAliases;
import org.agora.search.entity.Expert;
import org.agora.search.entity.Experts;

/**
 * "Who here knows X?": gathers each colleague's signals for a topic (declared skill, endorsements,
 * tagged posts and comments, accepted answers, bookmarks, from PostgreSQL; mentions without the tag,
 * from Elasticsearch) as far as the reader may see them, and ranks them with {@link ExpertRanking}.
 * Without Elasticsearch the ranking still works, without mentions.
 */
@ApplicationScoped
@Transactional
public class ExpertDiscovery {

  private static final Logger LOG = Logger.getLogger(ExpertDiscovery.class.getName());
  static final int MAX_LIMIT = 50;
  static final int EVIDENCE = 3;

  @Inject CommunityAccess access;
  @Inject CommunitySummaries communities;
  @Inject PeopleInBulk people;
  @Inject ActivitySummaries activities;
  @Inject BookmarkSummaries bookmarks;
  @Inject TopicAliases topics;
  @Inject ElasticsearchClient client;
  @Inject Clock clock;

  public Experts find(AgoraPrincipal reader, String typed, String department, String location, Integer limit) {
    String topic = topics.canonical(typed);
    if (topic.isEmpty() || topic.length() > 60) {
      throw new BadRequestException("topic: 1 to 60 characters");
    }
    int size = limit == null ? 10 : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw new BadRequestException("limit: must be between 1 and " + MAX_LIMIT);
    }
    List<String> names = topics.names(topic);
    Map<Long, ExpertSignals> signals = signals(reader, topic, names, true);
    Instant now = clock.instant();
    List<Colleague> candidates = people.activeColleagues(signals.keySet(), blankToNull(department), blankToNull(location));
    List<Expert> ranked = new ArrayList<>();
    Map<Long, List<Expert.Evidence>> evidence = evidence(reader, names, candidates.stream().map(Colleague::id).toList());
    for (Colleague p : candidates) {
      ExpertSignals s = signals.get(p.id());
      ranked.add(new Expert(p.id(), p.displayName(), p.department(), p.location(), ExpertRanking.score(s, now),
          ExpertRanking.reasons(s, topic), ExpertRanking.signals(s), evidence.getOrDefault(p.id(), List.of())));
    }
    ranked.sort(Comparator.comparingDouble(Expert::score).reversed().thenComparingLong(Expert::id));
    return new Experts(topic, names, ranked.subList(0, Math.min(size, ranked.size())));
  }

  /** Everyone with any signal for the topic, visible to the reader; mentions only when asked and available. */
  public Map<Long, ExpertSignals> signals(AgoraPrincipal reader, String topic, List<String> names, boolean withMentions) {
    Set<Long> readable = readableCommunityIds(reader);
    Map<Long, ExpertSignals> signals = new HashMap<>();
    people.declaring(topic).forEach(id -> merge(signals, id, ExpertSignals::withDeclared));
    people.endorsementsOf(topic).forEach((id, n) -> merge(signals, id, s -> s.withEndorsements(n)));
    for (AuthorActivity tagged : activities.taggedByAuthor(names, readable)) {
      merge(signals, tagged.actorId(), s -> s.withTagged(tagged.count(), tagged.newest()));
    }
    activities.acceptedAnswersByAuthor(names, readable).forEach((id, n) -> merge(signals, id, s -> s.withAnswers(n)));
    bookmarks.taggedByOwner(names, readable).forEach((id, n) -> merge(signals, id, s -> s.withBookmarks(n)));
    if (withMentions) {
      // Tagged posts mention the topic too; only what is not tagged counts as a mere mention.
      mentions(reader, names).forEach((id, n) -> merge(signals, id, s -> s.withMentions(Math.max(0, n - s.tagged()))));
    }
    return signals;
  }

  /** The communities whose content the reader may read, those deleted left out. */
  private Set<Long> readableCommunityIds(AgoraPrincipal reader) {
    Set<Long> readable = new HashSet<>(access.readableCommunityIds(reader));
    communities.deletedIds().forEach(readable::remove);
    return readable;
  }

  /** Authors of posts and comments whose text mentions the topic, from the activities index. */
  private Map<Long, Long> mentions(AgoraPrincipal reader, List<String> names) {
    Audience audience = new Audience(reader.id(), access.readableCommunityIds(reader));
    Map<Long, Long> counts = new HashMap<>();
    try {
      SearchResponse<JsonData> response = SearchUnavailable.guard("experts", () -> client.search(s -> s
          .index("agora-activities")
          .size(0)
          .query(q -> q.bool(b -> b
              .filter(QueryComposer.audience(audience))
              .must(m -> m.multiMatch(mm -> mm.query(String.join(" ", names)).fields("body", "title")))))
          .aggregations("authors", a -> a.terms(t -> t.field("author_id").size(500))), JsonData.class));
      for (LongTermsBucket bucket : response.aggregations().get("authors").lterms().buckets().array()) {
        counts.put(bucket.key(), bucket.docCount());
      }
    } catch (SearchUnavailable e) {
      LOG.fine(() -> "experts without mentions: " + e.getMessage());
    }
    return counts;
  }

  /** The newest few tagged posts and bookmarks of each person that the reader may open. */
  private Map<Long, List<Expert.Evidence>> evidence(AgoraPrincipal reader, List<String> names, List<Long> people) {
    Set<Long> readable = readableCommunityIds(reader);
    Map<Long, List<Expert.Evidence>> evidence = new HashMap<>();
    for (TaggedActivity a : activities.newestTagged(names, readable, people)) {
      List<Expert.Evidence> list = evidence.computeIfAbsent(a.actorId(), k -> new ArrayList<>());
      if (list.size() < EVIDENCE) {
        list.add(new Expert.Evidence(a.type().name().toLowerCase(Locale.ROOT), a.id(), "/api/v1/posts/" + a.postId()));
      }
    }
    bookmarks.newestTagged(names, readable, people).forEach((owner, ids) -> {
      List<Expert.Evidence> list = evidence.computeIfAbsent(owner, k -> new ArrayList<>());
      for (long id : ids) {
        if (list.size() < EVIDENCE + 2) {
          list.add(new Expert.Evidence("bookmark", id, "/api/v1/bookmarks/" + id));
        }
      }
    });
    return evidence;
  }

  private static void merge(Map<Long, ExpertSignals> signals, long id, UnaryOperator<ExpertSignals> change) {
    signals.merge(id, change.apply(ExpertSignals.NONE), (old, ignored) -> change.apply(old));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
