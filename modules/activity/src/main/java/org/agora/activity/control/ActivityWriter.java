package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.activity.entity.Activity;
import org.agora.activity.entity.ActivityEvent;
import org.agora.activity.entity.ActivityType;
import org.agora.people.entity.Person;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.UserText;
import org.agora.platform.entity.DomainEvent;

/**
 * Stores activities with everything derived from their text (rendered HTML, mentions, tags) and
 * announces them. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ActivityWriter {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;
  @Inject HomeTimelines timelines;

  /** A new activity; {@code text} may be null for social events. */
  public Activity create(ActivityType type, long actorId, Long communityId, String text, java.util.function.Consumer<Activity> details) {
    Activity activity = new Activity(type, em.getReference(Person.class, actorId), communityId, Instant.now(clock));
    details.accept(activity);
    MarkdownRenderer.References refs = null;
    if (text != null) {
      String clean = UserText.plain(text);
      refs = MarkdownRenderer.references(clean);
      activity.setContent(clean, MarkdownRenderer.html(clean, activePeople(refs)));
    }
    em.persist(activity);
    em.flush();
    if (refs != null) {
      storeReferences(activity.getId(), refs);
    }
    if (activity.getParentId() == null) {
      timelines.fanOut(activity, refs == null ? java.util.Set.of() : refs.tags());
    }
    events.fire(event(activity, "created", actorId));
    return activity;
  }

  /** New text for an existing activity; the previous text is kept as a revision. */
  public void edit(Activity activity, String text) {
    em.createNativeQuery(
            "insert into activity_revision (activity_id, revision, text, edited_at)"
                + " select ?1, coalesce(max(revision), 0) + 1, ?2, ?3 from activity_revision where activity_id = ?1")
        .setParameter(1, activity.getId())
        .setParameter(2, activity.getText())
        .setParameter(3, Instant.now(clock).atOffset(java.time.ZoneOffset.UTC))
        .executeUpdate();
    String clean = UserText.plain(text);
    MarkdownRenderer.References refs = MarkdownRenderer.references(clean);
    activity.edited(clean, MarkdownRenderer.html(clean, activePeople(refs)), Instant.now(clock));
    em.createNativeQuery("delete from activity_tag where activity_id = ?1").setParameter(1, activity.getId()).executeUpdate();
    storeReferences(activity.getId(), refs);
    events.fire(event(activity, "edited", activity.getActor().getId()));
  }

  public void changed(Activity activity, String change, long byId) {
    events.fire(event(activity, change, byId));
  }

  /** Adds {@code delta} to one of the denormalized counters, atomically in the database. */
  public void count(long activityId, String counter, int delta) {
    if (!List.of("comment_count", "reaction_count").contains(counter)) {
      throw new IllegalArgumentException(counter);
    }
    em.createNativeQuery("update activity set " + counter + " = greatest(0, " + counter + " + ?1) where id = ?2")
        .setParameter(1, delta)
        .setParameter(2, activityId)
        .executeUpdate();
  }

  /** The people a text mentions who exist and are active, by username. */
  public Map<String, Long> activePeople(MarkdownRenderer.References refs) {
    Map<String, Long> people = new HashMap<>();
    if (refs.usernames().isEmpty()) {
      return people;
    }
    NativeSql.rows(
            em.createNativeQuery("select username, id from person_card where active and username = any(cast(?1 as varchar[]))")
                .setParameter(1, NativeSql.texts(refs.usernames())),
            r -> Map.entry(r.nextText(), r.nextLong()))
        .forEach(e -> people.put(e.getKey(), e.getValue()));
    return people;
  }

  private void storeReferences(long activityId, MarkdownRenderer.References refs) {
    for (String tag : refs.tags()) {
      em.createNativeQuery("insert into activity_tag (tag, activity_id) values (?1, ?2) on conflict do nothing")
          .setParameter(1, tag)
          .setParameter(2, activityId)
          .executeUpdate();
    }
    for (Long personId : activePeople(refs).values()) {
      em.createNativeQuery("insert into mention (activity_id, person_id) values (?1, ?2) on conflict do nothing")
          .setParameter(1, activityId)
          .setParameter(2, personId)
          .executeUpdate();
    }
  }

  private static ActivityEvent event(Activity a, String change, long byId) {
    return new ActivityEvent(
        a.getId(), change, a.getType(), a.getActor().getId(), a.getCommunityId(), a.getParentId(), byId);
  }
}
