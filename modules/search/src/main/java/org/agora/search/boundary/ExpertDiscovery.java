package org.agora.search.boundary;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.platform.boundary.NativeSql;
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

  @PersistenceContext EntityManager em;
  @Inject CommunityAccess access;
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
    Map<Long, Object[]> people = people(signals.keySet(), department, location);
    List<Expert> ranked = new ArrayList<>();
    Map<Long, List<Expert.Evidence>> evidence = evidence(reader, names, people.keySet());
    people.forEach((id, p) -> {
      ExpertSignals s = signals.get(id);
      ranked.add(new Expert(id, (String) p[1], (String) p[2], (String) p[3], ExpertRanking.score(s, now),
          ExpertRanking.reasons(s, topic), ExpertRanking.signals(s), evidence.getOrDefault(id, List.of())));
    });
    ranked.sort(Comparator.comparingDouble(Expert::score).reversed().thenComparingLong(Expert::id));
    return new Experts(topic, names, ranked.subList(0, Math.min(size, ranked.size())));
  }

  /** Everyone with any signal for the topic, visible to the reader; mentions only when asked and available. */
  public Map<Long, ExpertSignals> signals(AgoraPrincipal reader, String topic, List<String> names, boolean withMentions) {
    String tags = NativeSql.texts(names);
    String readable = NativeSql.ids(access.readableCommunityIds(reader));
    Map<Long, ExpertSignals> signals = new HashMap<>();
    for (Object[] r : rows("select person_id from person_skill where skill = ?1", topic)) {
      merge(signals, r[0], ExpertSignals::withDeclared);
    }
    // Endorsers who left the company are no longer listed anywhere, so they do not count either.
    for (Object[] r : rows("select e.person_id, count(*) from endorsement e join person p on p.id = e.endorser_id"
        + " where e.skill = ?1 and p.active group by e.person_id", topic)) {
      long n = ((Number) r[1]).longValue();
      merge(signals, r[0], s -> s.withEndorsements(n));
    }
    for (Object[] r : rows("select a.actor_id, count(distinct a.id), max(a.created_at) from activity a"
        + " join activity_tag t on t.activity_id = a.id " + VISIBLE_ACTIVITY
        + " and t.tag = any(cast(?1 as varchar[])) group by a.actor_id", tags, readable)) {
      long n = ((Number) r[1]).longValue();
      Instant last = NativeSql.instant(r[2]);
      merge(signals, r[0], s -> s.withTagged(n, last));
    }
    for (Object[] r : rows("select answer.actor_id, count(distinct answer.id) from activity a"
        + " join activity answer on answer.id = a.accepted_answer_id and answer.deleted_at is null"
        + " join activity_tag t on t.activity_id = a.id " + VISIBLE_ACTIVITY
        + " and t.tag = any(cast(?1 as varchar[])) group by answer.actor_id", tags, readable)) {
      long n = ((Number) r[1]).longValue();
      merge(signals, r[0], s -> s.withAnswers(n));
    }
    for (Object[] r : rows("select b.person_id, count(distinct b.id) from bookmark b join bookmark_tag t on t.bookmark_id = b.id"
        + " where t.tag = any(cast(?1 as varchar[])) and b.hidden_at is null and (b.visibility = 'PUBLIC'"
        + " or (b.visibility = 'COMMUNITY' and b.community_id = any(cast(?2 as bigint[])))) group by b.person_id", tags, readable)) {
      long n = ((Number) r[1]).longValue();
      merge(signals, r[0], s -> s.withBookmarks(n));
    }
    if (withMentions) {
      // Tagged posts mention the topic too; only what is not tagged counts as a mere mention.
      mentions(reader, names).forEach((id, n) -> merge(signals, id, s -> s.withMentions(Math.max(0, n - s.tagged()))));
    }
    return signals;
  }

  /** Posts and comments the reader may read (over {@code activity a}), with ?2 the readable communities. */
  static final String VISIBLE_ACTIVITY =
      "left join activity parent on parent.id = a.parent_id"
          + " left join community c on c.id = coalesce(a.community_id, parent.community_id)"
          + " where a.type in ('POST', 'COMMENT') and a.deleted_at is null and (parent.id is null or parent.deleted_at is null)"
          + " and c.deleted_at is null and (c.id is null or c.id = any(cast(?2 as bigint[])))";

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

  /** Active people among the candidates, filtered by department and location (names, any case). */
  private Map<Long, Object[]> people(java.util.Set<Long> ids, String department, String location) {
    Map<Long, Object[]> people = new java.util.LinkedHashMap<>();
    for (Object[] r : rows("select p.id, p.display_name, d.name, p.location from person p left join department d on d.id = p.department_id"
        + " where p.active and p.id = any(cast(?1 as bigint[]))"
        + " and (cast(?2 as varchar) is null or lower(d.name) = lower(cast(?2 as varchar)))"
        + " and (cast(?3 as varchar) is null or lower(p.location) = lower(cast(?3 as varchar)))",
        NativeSql.ids(ids), blankToNull(department), blankToNull(location))) {
      people.put(((Number) r[0]).longValue(), r);
    }
    return people;
  }

  /** The newest few tagged posts and bookmarks of each person that the reader may open. */
  private Map<Long, List<Expert.Evidence>> evidence(AgoraPrincipal reader, List<String> names, java.util.Set<Long> people) {
    String tags = NativeSql.texts(names);
    String readable = NativeSql.ids(access.readableCommunityIds(reader));
    Map<Long, List<Expert.Evidence>> evidence = new HashMap<>();
    for (Object[] r : rows("select a.actor_id, a.id, coalesce(a.parent_id, a.id), a.type from activity a"
        + " join activity_tag t on t.activity_id = a.id " + VISIBLE_ACTIVITY
        + " and t.tag = any(cast(?1 as varchar[])) and a.actor_id = any(cast(?3 as bigint[])) order by a.id desc", tags, readable, NativeSql.ids(people))) {
      List<Expert.Evidence> list = evidence.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>());
      if (list.size() < EVIDENCE) {
        list.add(new Expert.Evidence(((String) r[3]).toLowerCase(), ((Number) r[1]).longValue(), "/api/v1/posts/" + r[2]));
      }
    }
    for (Object[] r : rows("select b.person_id, b.id from bookmark b join bookmark_tag t on t.bookmark_id = b.id"
        + " where t.tag = any(cast(?1 as varchar[])) and b.hidden_at is null and (b.visibility = 'PUBLIC'"
        + " or (b.visibility = 'COMMUNITY' and b.community_id = any(cast(?2 as bigint[]))))"
        + " and b.person_id = any(cast(?3 as bigint[])) order by b.id desc", tags, readable, NativeSql.ids(people))) {
      List<Expert.Evidence> list = evidence.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>());
      if (list.size() < EVIDENCE + 2) {
        list.add(new Expert.Evidence("bookmark", ((Number) r[1]).longValue(), "/api/v1/bookmarks/" + r[1]));
      }
    }
    return evidence;
  }

  private static void merge(Map<Long, ExpertSignals> signals, Object id, UnaryOperator<ExpertSignals> change) {
    signals.merge(((Number) id).longValue(), change.apply(ExpertSignals.NONE), (old, ignored) -> change.apply(old));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... parameters) {
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
