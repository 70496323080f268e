package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.activity.entity.Activity;
import org.agora.people.entity.Person;
import org.agora.platform.boundary.JsonbConfigurator;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Activity's share of a person's data: what they wrote (with earlier versions), their reactions,
 * poll votes, followed tags, notifications and their settings, read markers, and where they are
 * mentioned. Erasure keeps what they wrote under "Former colleague" or deletes it (text gone), as
 * the organisation chose; it always deletes their stream items (followed, joined, ...) and those
 * about them, earlier versions of their texts, their reactions, votes, notifications to and from
 * them, and turns {@code @username} in others' texts into "Former colleague". Each changed item is
 * announced as edited or deleted, so search indexes it again and live clients reload it.
 */
@ApplicationScoped
public class ActivityPersonalData implements PersonalData {

  public record Revision(int revision, String text, Instant editedAt) {}

  public record Item(long id, String type, Long communityId, Long parentId, Long sharedId, String text, Instant createdAt,
      Instant editedAt, Instant deletedAt, List<Revision> revisions) {}

  public record Reaction(long activityId, String kind, Instant at) {}

  public record Vote(long pollId, String option) {}

  public record Tag(String tag, Instant since) {}

  public record Notification(long id, String type, Long actorId, Long activityId, Long communityId, Instant createdAt,
      Instant readAt) {}

  public record Setting(String type, boolean enabled) {}

  public record Marker(String scope, long lastSeenId) {}

  record StoredRevision(long activityId, int revision, String text) {}

  @PersistenceContext EntityManager em;
  @Inject ActivityWriter writer;
  @Inject Clock clock;

  @Override
  public int erasureOrder() {
    return 500;
  }

  @Override
  public List<PersonalDataFile> export(long personId) {
    List<PersonalDataFile> files = new ArrayList<>();
    files.add(json("activity/posts.json", items(personId)));
    files.add(json("activity/reactions.json", NativeSql.rows(
        query("select activity_id, kind, created_at from reaction where person_id = ?1 order by created_at", personId),
        r -> new Reaction(r.nextLong(), r.nextText(), r.nextInstant()))));
    files.add(json("activity/mentions.json",
        query("select activity_id from mention where person_id = ?1 order by activity_id", personId).getResultList()));
    files.add(json("activity/poll-votes.json", NativeSql.rows(
        query("select c.activity_id, o.text from poll_choice c join poll_option o on o.id = c.option_id"
            + " where c.person_id = ?1 order by c.activity_id, o.position", personId),
        r -> new Vote(r.nextLong(), r.nextText()))));
    files.add(json("activity/tags.json", NativeSql.rows(
        query("select tag, created_at from tag_follow where person_id = ?1 order by tag", personId),
        r -> new Tag(r.nextText(), r.nextInstant()))));
    Map<String, Object> notifications = new LinkedHashMap<>();
    notifications.put("notifications", NativeSql.rows(
        query("select id, type, actor_id, activity_id, community_id, created_at, read_at from notification"
            + " where recipient_id = ?1 order by id", personId),
        r -> new Notification(r.nextLong(), r.nextText(), r.nextLongOrNull(), r.nextLongOrNull(), r.nextLongOrNull(),
            r.nextInstant(), r.nextInstant())));
    notifications.put("settings", NativeSql.rows(
        query("select type, enabled from notification_preference where person_id = ?1 order by type", personId),
        r -> new Setting(r.nextText(), r.nextBoolean())));
    files.add(json("activity/notifications.json", notifications));
    files.add(json("activity/read-markers.json", NativeSql.rows(
        query("select scope, last_seen_id from read_marker where person_id = ?1 order by scope", personId),
        r -> new Marker(r.nextText(), r.nextLong()))));
    return files;
  }

  private List<Item> items(long personId) {
    Map<Long, List<Revision>> revisions = new LinkedHashMap<>();
    NativeSql.rows(
            query("select r.activity_id, r.revision, r.text, r.edited_at from activity_revision r"
                + " join activity a on a.id = r.activity_id where a.actor_id = ?1 order by r.activity_id, r.revision",
                personId),
            r -> Map.entry(r.nextLong(), new Revision(r.nextInt(), r.nextText(), r.nextInstant())))
        .forEach(e -> revisions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return NativeSql.rows(
        query("select id, type, community_id, parent_id, shared_id, text, created_at, edited_at, deleted_at"
            + " from activity where actor_id = ?1 order by id", personId),
        r -> {
          long id = r.nextLong();
          return new Item(id, r.nextText(), r.nextLongOrNull(), r.nextLongOrNull(), r.nextLongOrNull(), r.nextText(),
              r.nextInstant(), r.nextInstant(), r.nextInstant(), revisions.getOrDefault(id, List.of()));
        });
  }

  @Override
  public void erase(long personId, boolean keepContent) {
    Instant now = clock.instant();
    unmention(personId);
    removeReactions(personId);
    removeVotes(personId);
    em.createNativeQuery("delete from activity_revision where activity_id in (select id from activity where actor_id = ?1)")
        .setParameter(1, personId).executeUpdate();
    List<Activity> authored = em.createQuery("select a from Activity a where a.actor.id = :p order by a.id", Activity.class)
        .setParameter("p", personId).getResultList();
    for (Activity a : authored) {
      if (keepContent && a.getType().isAuthored()) {
        writer.changed(a, "edited", personId); // search takes the new author name
      } else {
        delete(a, personId, now);
      }
    }
    em.createQuery("select a from Activity a where a.targetPersonId = :p", Activity.class)
        .setParameter("p", personId).getResultList()
        .forEach(a -> delete(a, personId, now));
    for (String sql : List.of(
        "delete from notification where recipient_id = ?1 or actor_id = ?1",
        "delete from notification_preference where person_id = ?1",
        "delete from tag_follow where person_id = ?1",
        "delete from read_marker where person_id = ?1",
        "delete from home_timeline where owner_id = ?1",
        "delete from mention where person_id = ?1")) {
      em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
    }
  }

  private void delete(Activity a, long personId, Instant now) {
    if (a.isDeleted() && a.getText() == null) {
      return;
    }
    if (!a.isDeleted() && a.getParentId() != null) {
      writer.count(a.getParentId(), "comment_count", -1);
    }
    a.erase(personId, now);
    writer.changed(a, "deleted", personId);
  }

  /** {@code @username} in anyone's text, and its earlier versions, becomes "Former colleague". */
  private void unmention(long personId) {
    List<?> names = query("select username from person_card where id = ?1", personId).getResultList();
    if (names.isEmpty()) {
      return;
    }
    Pattern mention = mentionOf((String) names.getFirst());
    String like = "%@" + names.getFirst() + "%";
    List<Activity> mentioning = em.createQuery("select a from Activity a where lower(a.text) like lower(:t)", Activity.class)
        .setParameter("t", like).getResultList();
    for (Activity a : mentioning) {
      String text = replace(mention, a.getText());
      a.setContent(text, MarkdownRenderer.html(text, writer.activePeople(MarkdownRenderer.references(text))));
      writer.changed(a, "edited", a.getActor().getId());
    }
    NativeSql.rows(
            em.createNativeQuery("select activity_id, revision, text from activity_revision where lower(text) like lower(?1)")
                .setParameter(1, like),
            r -> new StoredRevision(r.nextLong(), r.nextInt(), r.nextText()))
        .forEach(old -> em.createNativeQuery("update activity_revision set text = ?3 where activity_id = ?1 and revision = ?2")
            .setParameter(1, old.activityId()).setParameter(2, old.revision()).setParameter(3, replace(mention, old.text()))
            .executeUpdate());
  }

  static Pattern mentionOf(String username) {
    // Not a longer username ("@anna.mueller"), but a sentence may end right after it ("@anna.m.").
    return Pattern.compile("(?<![\\w@/])@" + Pattern.quote(username) + "(?![a-z0-9_-]|\\.[a-z0-9_-])",
        Pattern.CASE_INSENSITIVE);
  }

  static String replace(Pattern mention, String text) {
    return text == null ? null : mention.matcher(text).replaceAll(Matcher.quoteReplacement(Person.FORMER_COLLEAGUE));
  }

  private void removeReactions(long personId) {
    List<?> reacted = query("delete from reaction where person_id = ?1 returning activity_id", personId).getResultList();
    for (Object id : reacted) {
      long activityId = ((Number) id).longValue();
      writer.count(activityId, "reaction_count", -1);
      Activity a = em.find(Activity.class, activityId);
      writer.changed(a, "edited", a.getActor().getId()); // search takes the new count
    }
  }

  private void removeVotes(long personId) {
    em.createNativeQuery("update poll_option o set votes = greatest(0, o.votes - 1) from poll_choice c"
            + " where c.option_id = o.id and c.person_id = ?1")
        .setParameter(1, personId).executeUpdate();
    em.createNativeQuery("delete from poll_choice where person_id = ?1").setParameter(1, personId).executeUpdate();
    em.createNativeQuery("delete from poll_voter where person_id = ?1").setParameter(1, personId).executeUpdate();
  }

  private jakarta.persistence.Query query(String sql, long personId) {
    return em.createNativeQuery(sql).setParameter(1, personId);
  }

  private static PersonalDataFile json(String name, Object content) {
    return PersonalDataFile.json(name, JsonbConfigurator.jsonb().toJson(content));
  }
}
