package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.agora.activity.entity.Activity;
import org.agora.activity.entity.FeedItem;
import org.agora.activity.entity.FeedItem.CommunityRef;
import org.agora.activity.entity.FeedItem.PersonRef;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Person;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Turns a page of activity ids into feed items with a fixed number of queries, whatever the
 * page size: activities with their authors, shared originals, reaction counts, share counts, the
 * reader's own reactions, tags, community names and polls, each fetched once for the whole page.
 */
@ApplicationScoped
public class ActivityViews {

  @PersistenceContext EntityManager em;
  @Inject Audience audience;
  @Inject PeopleInBulk people;
  @Inject PollViews polls;

  /**
   * Items in the order of {@code ids}, as {@code reader} sees them: a shared original they may not
   * read (or that was deleted) is left out of the share, and shares are counted only where they
   * may read them.
   */
  public List<FeedItem> items(List<Long> ids, AgoraPrincipal reader) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Activity> activities = load(ids);
    Set<Long> sharedIds = new HashSet<>();
    activities.values().stream().map(Activity::getSharedId).filter(Objects::nonNull).forEach(sharedIds::add);
    Map<Long, Activity> originals = sharedIds.isEmpty() ? Map.of() : load(sharedIds);

    Set<Long> all = new HashSet<>(activities.keySet());
    all.addAll(originals.keySet());
    String idArray = Audience.idArray(all);
    Map<Long, Map<String, Integer>> reactions = reactionCounts(idArray);
    Map<Long, Integer> shares = shareCounts(idArray, audience.readableCommunities(reader));
    Map<Long, String> mine = myReactions(idArray, reader.id());
    Map<Long, List<String>> tags = tags(idArray);
    Set<Long> communityIds = new HashSet<>();
    Set<Long> targetIds = new HashSet<>();
    for (Activity a : concat(activities.values(), originals.values())) {
      if (a.getCommunityId() != null) communityIds.add(a.getCommunityId());
      if (a.getTargetPersonId() != null) targetIds.add(a.getTargetPersonId());
    }
    Map<Long, String> communityNames = communityNames(communityIds);
    Map<Long, PersonRef> targets = people(targetIds);

    Context context = new Context(reactions, shares, mine, tags, communityNames, targets, polls.of(idArray, reader.id()));
    return ids.stream()
        .map(activities::get)
        .filter(Objects::nonNull)
        .map(
            a -> {
              Activity original = a.getSharedId() == null ? null : originals.get(a.getSharedId());
              FeedItem shared =
                  original != null && audience.canRead(reader, original) ? view(original, null, context) : null;
              return view(a, shared, context);
            })
        .toList();
  }

  record Context(
      Map<Long, Map<String, Integer>> reactions,
      Map<Long, Integer> shares,
      Map<Long, String> mine,
      Map<Long, List<String>> tags,
      Map<Long, String> communityNames,
      Map<Long, PersonRef> targets,
      Map<Long, org.agora.activity.entity.PollView> polls) {}

  private FeedItem view(Activity a, FeedItem shared, Context c) {
    Long cid = a.getCommunityId();
    return new FeedItem(
        a.getId(), a.getType(), personRef(a.getActor()),
        cid == null ? null : new CommunityRef(cid, c.communityNames().getOrDefault(cid, "")),
        a.getParentId(), a.getText(), a.getHtml(), a.isQuestion(), a.getAcceptedAnswerId(),
        a.getCommentCount(), a.getReactionCount(), c.reactions().getOrDefault(a.getId(), Map.of()),
        c.mine().get(a.getId()), c.shares().getOrDefault(a.getId(), 0), c.tags().getOrDefault(a.getId(), List.of()),
        shared,
        a.getTargetPersonId() == null ? null : c.targets().get(a.getTargetPersonId()), a.getObjectRef(),
        a.getEditedAt() != null, a.getCreatedAt(), a.getEditedAt(), c.polls().get(a.getId()));
  }

  public static PersonRef personRef(Person p) {
    return new PersonRef(
        p.getId(), p.getUsername(), p.getDisplayName(),
        p.getDepartment() == null ? null : p.getDepartment().getName(), PersonView.avatarUrl(p));
  }

  private Map<Long, Activity> load(Collection<Long> ids) {
    Map<Long, Activity> byId = new LinkedHashMap<>();
    em.createQuery("select a from Activity a join fetch a.actor where a.id in :ids", Activity.class)
        .setParameter("ids", List.copyOf(ids))
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "a.actor.department")
        .getResultList()
        .forEach(a -> byId.put(a.getId(), a));
    return byId;
  }

  private Map<Long, Map<String, Integer>> reactionCounts(String idArray) {
    Map<Long, Map<String, Integer>> counts = new HashMap<>();
    NativeSql.rows(
            em.createNativeQuery(
                    "select activity_id, kind, count(*) from reaction where activity_id = any(cast(?1 as bigint[]))"
                        + " group by activity_id, kind")
                .setParameter(1, idArray),
            r -> new KindCount(r.nextLong(), r.nextText(), (int) r.nextLong()))
        .forEach(c -> counts.computeIfAbsent(c.activityId(), k -> new TreeMap<>()).put(c.kind(), c.count()));
    return counts;
  }

  /** How many reactions of one kind an activity has. */
  private record KindCount(long activityId, String kind, int count) {}

  /**
   * Shares of each item that the reader may list: not deleted, and on a profile or in a community
   * they read. A share into a secret or restricted community is that community's business, so
   * counting it would tell outsiders it happened.
   */
  private Map<Long, Integer> shareCounts(String idArray, Set<Long> readable) {
    Map<Long, Integer> counts = new HashMap<>();
    NativeSql.counts(
            em.createNativeQuery(
                    "select a.shared_id, count(*) from activity a where a.shared_id = any(cast(?1 as bigint[]))"
                        + " and a.deleted_at is null" + FeedSql.visible("a", readable) + " group by a.shared_id")
                .setParameter(1, idArray))
        .forEach((id, n) -> counts.put(id, n.intValue()));
    return counts;
  }

  private Map<Long, String> myReactions(String idArray, long readerId) {
    return textById(
        em.createNativeQuery(
                "select activity_id, kind from reaction where person_id = ?2 and activity_id = any(cast(?1 as bigint[]))")
            .setParameter(1, idArray)
            .setParameter(2, readerId));
  }

  private Map<Long, List<String>> tags(String idArray) {
    return NativeSql.grouped(
        em.createNativeQuery(
                "select activity_id, tag from activity_tag where activity_id = any(cast(?1 as bigint[])) order by tag")
            .setParameter(1, idArray));
  }

  /** Names of communities, deleted ones too: an item keeps naming where it was posted. */
  private Map<Long, String> communityNames(Set<Long> ids) {
    if (ids.isEmpty()) {
      return new HashMap<>();
    }
    return textById(
        em.createNativeQuery("select id, name from community_card where id = any(cast(?1 as bigint[]))")
            .setParameter(1, Audience.idArray(ids)));
  }

  /** People named by items (the targets of social events), as the people module hands them out. */
  private Map<Long, PersonRef> people(Set<Long> ids) {
    Map<Long, PersonRef> refs = new HashMap<>();
    people.active(ids).forEach(p -> refs.put(p.getId(), personRef(p)));
    return refs;
  }

  /** {@code select id, text ...}: the text by id. */
  private static Map<Long, String> textById(jakarta.persistence.Query query) {
    Map<Long, String> byId = new HashMap<>();
    NativeSql.rows(query, r -> Map.entry(r.nextLong(), r.nextText())).forEach(e -> byId.put(e.getKey(), e.getValue()));
    return byId;
  }

  private static <T> List<T> concat(Collection<T> a, Collection<T> b) {
    List<T> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
