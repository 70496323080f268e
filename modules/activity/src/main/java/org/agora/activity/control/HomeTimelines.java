package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.agora.activity.entity.Activity;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.communities.entity.CommunityEvent;
import org.agora.people.boundary.Following;
import org.agora.people.entity.Person;
import org.agora.people.entity.PersonFollowed;
import org.agora.people.entity.PersonUnfollowed;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * Keeps the stored home timelines: a new item is written to the timeline of everyone who follows
 * its author, belongs to its community or follows one of its tags, and may read it (fan-out on
 * write); when someone's subscriptions change, their timeline is rebuilt from the sources. Runs
 * in the transaction of the write.
 */
@ApplicationScoped
public class HomeTimelines {

  @PersistenceContext EntityManager em;
  @Inject Following following;
  @Inject CommunityAccess communities;

  void fanOut(Activity activity, Collection<String> tags) {
    em.createNativeQuery(
            "insert into home_timeline (owner_id, activity_id)"
                + " select r.id, ?1 from ("
                + "   select cast(?2 as bigint) as id"
                + "   union select follower_id from person_following where followee_id = ?2"
                + "   union select person_id from community_member where community_id = cast(?3 as bigint)"
                + "   union select person_id from tag_follow where tag = any(cast(?4 as varchar[]))"
                + " ) r"
                + " where cast(?3 as bigint) is null"
                + "   or exists (select 1 from community_card c where c.id = cast(?3 as bigint) and c.visibility = 'PUBLIC')"
                + "   or exists (select 1 from community_member m where m.community_id = cast(?3 as bigint)"
                + "              and m.person_id = r.id)"
                + " on conflict do nothing")
        .setParameter(1, activity.getId())
        .setParameter(2, activity.getActor().getId())
        .setParameter(3, activity.getCommunityId())
        .setParameter(4, FeedSql.texts(tags))
        .executeUpdate();
  }

  /** Replaces a person's stored timeline by the newest items of everything they follow. */
  public void rebuild(long personId) {
    Person person = em.find(Person.class, personId);
    if (person == null) {
      return;
    }
    AgoraPrincipal reader = new AgoraPrincipal(personId, person.getUsername(), person.isAdmin());
    List<Long> people = new ArrayList<>(following.followeeIds(personId));
    people.add(personId);
    Set<Long> readable = communities.readableCommunityIds(reader);
    em.createNativeQuery("delete from home_timeline where owner_id = ?1").setParameter(1, personId).executeUpdate();
    em.createNativeQuery(FeedSql.rebuildTimeline(readable))
        .setParameter(1, Long.MAX_VALUE)
        .setParameter(2, FeedSql.CAP)
        .setParameter(3, FeedSql.ids(people))
        .setParameter(4, FeedSql.ids(communities.memberCommunityIds(personId)))
        .setParameter(5, FeedSql.texts(followedTags(personId)))
        .setParameter(6, personId)
        .executeUpdate();
  }

  void onFollow(@Observes PersonFollowed event) {
    rebuild(event.followerId());
  }

  void onUnfollow(@Observes PersonUnfollowed event) {
    rebuild(event.followerId());
  }

  void onMembership(@Observes CommunityEvent event) {
    switch (event.type()) {
      case "membership.joined", "membership.approved", "membership.left", "membership.removed" -> rebuild(event.personId());
      default -> { }
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> followedTags(long personId) {
    return em.createNativeQuery("select tag from tag_follow where person_id = ?1").setParameter(1, personId).getResultList();
  }
}
