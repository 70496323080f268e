package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.inject.Inject;
import org.agora.activity.entity.PollView;
import org.agora.platform.boundary.NativeSql;

/**
 * The polls of a page of items as one reader sees them, in four queries whatever the page size
 * (none more when the page has no poll).
 */
@ApplicationScoped
public class PollViews {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private record Poll(long activityId, boolean multiple, boolean anonymous, Instant closesAt) {}

  private record Option(long activityId, PollView.Option option) {}

  /** The polls among the items of {@code idArray} ({@link Audience#idArray}), by item id. */
  public Map<Long, PollView> of(String idArray, long readerId) {
    List<Poll> polls = NativeSql.rows(em.createNativeQuery(
            "select activity_id, multiple, anonymous, closes_at from poll where activity_id = any(cast(?1 as bigint[]))")
        .setParameter(1, idArray), r -> new Poll(r.nextLong(), r.nextBoolean(), r.nextBoolean(), r.nextInstant()));
    if (polls.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<PollView.Option>> options = new HashMap<>();
    NativeSql.rows(em.createNativeQuery("select activity_id, id, text, votes from poll_option"
            + " where activity_id = any(cast(?1 as bigint[])) order by activity_id, position").setParameter(1, idArray),
        r -> new Option(r.nextLong(), new PollView.Option(r.nextLong(), r.nextText(), r.nextInt())))
        .forEach(o -> options.computeIfAbsent(o.activityId(), k -> new ArrayList<>()).add(o.option()));
    Map<Long, Long> voters = NativeSql.counts(em.createNativeQuery(
            "select activity_id, count(*) from poll_voter where activity_id = any(cast(?1 as bigint[])) group by activity_id")
        .setParameter(1, idArray));
    Set<Long> votedIn = new HashSet<>(NativeSql.rows(em.createNativeQuery(
            "select activity_id from poll_voter where activity_id = any(cast(?1 as bigint[])) and person_id = ?2")
        .setParameter(1, idArray).setParameter(2, readerId), NativeSql.Row::nextLong));
    Map<Long, List<Long>> mine = new HashMap<>();
    if (!votedIn.isEmpty()) {
      NativeSql.rows(em.createNativeQuery("select c.activity_id, c.option_id from poll_choice c join poll_option o on o.id = c.option_id"
              + " where c.activity_id = any(cast(?1 as bigint[])) and c.person_id = ?2 order by o.position")
          .setParameter(1, idArray).setParameter(2, readerId), r -> Map.entry(r.nextLong(), r.nextLong()))
          .forEach(e -> mine.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    }
    Instant now = Instant.now(clock);
    Map<Long, PollView> views = new HashMap<>();
    for (Poll p : polls) {
      views.put(p.activityId(), new PollView(List.copyOf(options.getOrDefault(p.activityId(), List.of())), p.multiple(),
          p.anonymous(), p.closesAt(), p.closesAt() != null && !now.isBefore(p.closesAt()),
          voters.getOrDefault(p.activityId(), 0L).intValue(), votedIn.contains(p.activityId()),
          List.copyOf(mine.getOrDefault(p.activityId(), List.of()))));
    }
    return views;
  }
}
