package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.people.entity.PersonFollowed;
import org.agora.people.entity.PersonUnfollowed;
import org.agora.people.entity.PersonView;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.Page;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.DomainEvent;

/**
 * Who follows whom. Following is idempotent: following twice changes nothing and tells nobody
 * twice. The table's primary key makes concurrent follows safe.
 */
@ApplicationScoped
@Transactional
public class Following {

  @PersistenceContext EntityManager em;
  @Inject PersonDirectory directory;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;

  public record Counts(long followers, long following) {}

  public void follow(long followerId, long followeeId) {
    if (followerId == followeeId) {
      throw new ConflictException("You cannot follow yourself.");
    }
    directory.requireActive(followeeId);
    int inserted =
        em.createNativeQuery(
                "insert into follow (follower_id, followee_id, created_at) values (?1, ?2, ?3)"
                    + " on conflict do nothing")
            .setParameter(1, followerId)
            .setParameter(2, followeeId)
            .setParameter(3, Instant.now(clock).atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (inserted == 1) {
      events.fire(new PersonFollowed(followerId, followeeId));
    }
  }

  public void unfollow(long followerId, long followeeId) {
    directory.requireVisible(followeeId);
    int deleted =
        em.createNativeQuery("delete from follow where follower_id = ?1 and followee_id = ?2")
            .setParameter(1, followerId)
            .setParameter(2, followeeId)
            .executeUpdate();
    if (deleted == 1) {
      events.fire(new PersonUnfollowed(followerId, followeeId));
    }
  }

  public boolean isFollowing(long followerId, long followeeId) {
    return !em.createNativeQuery("select 1 from follow where follower_id = ?1 and followee_id = ?2")
        .setParameter(1, followerId)
        .setParameter(2, followeeId)
        .getResultList()
        .isEmpty();
  }

  public Counts counts(long personId) {
    return NativeSql.rows(
            em.createNativeQuery(
                    "select (select count(*) from follow f join person p on p.id = f.follower_id"
                        + "         where f.followee_id = ?1 and p.active),"
                        + "       (select count(*) from follow f join person p on p.id = f.followee_id"
                        + "         where f.follower_id = ?1 and p.active)")
                .setParameter(1, personId),
            r -> new Counts(r.nextLong(), r.nextLong()))
        .get(0);
  }

  /** Everyone {@code personId} follows, for building their home feed. */
  @SuppressWarnings("unchecked")
  public List<Long> followeeIds(long personId) {
    List<Number> ids =
        em.createNativeQuery("select followee_id from follow where follower_id = ?1")
            .setParameter(1, personId)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  public Page<PersonView> followers(long personId, PageRequest page) {
    directory.requireVisible(personId);
    return directory.peopleByIds(
        "select f.follower_id from follow f where f.followee_id = ?1", page, personId);
  }

  public Page<PersonView> following(long personId, PageRequest page) {
    directory.requireVisible(personId);
    return directory.peopleByIds(
        "select f.followee_id from follow f where f.follower_id = ?1", page, personId);
  }

  /**
   * Colleagues to follow, best first: those followed by the people I follow, then colleagues of my
   * department; never myself or someone I follow already.
   */
  @SuppressWarnings("unchecked")
  public List<Long> suggestions(long personId, int limit) {
    List<Number> ids = em.createNativeQuery(
            "select p.id from person p"
                + " left join (select f2.followee_id as id, count(*) as n from follow f1"
                + "   join follow f2 on f2.follower_id = f1.followee_id where f1.follower_id = ?1 group by f2.followee_id) fof"
                + "   on fof.id = p.id"
                + " where p.active and p.id <> ?1"
                + " and not exists (select 1 from follow f where f.follower_id = ?1 and f.followee_id = p.id)"
                + " order by coalesce(fof.n, 0) desc,"
                + " case when p.department_id = (select department_id from person where id = ?1) then 0 else 1 end, p.id"
                + " limit ?2")
        .setParameter(1, personId)
        .setParameter(2, limit)
        .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
