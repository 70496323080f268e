package org.agora.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.people.entity.Author;
import org.agora.people.entity.Colleague;
import org.agora.people.entity.Person;
import org.agora.platform.boundary.NativeSql;

/**
 * People by the batch, for read models that other modules build (search): whatever the reader,
 * since every colleague sees every active person.
 */
@ApplicationScoped
@Transactional
public class PeopleInBulk {

  @PersistenceContext EntityManager em;

  /** The active people among {@code ids}, with department, skills and languages loaded. */
  public List<Person> active(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Person p where p.id in :ids and p.active = true", Person.class)
        .setParameter("ids", List.copyOf(ids))
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "p.department")
        .setHint("eclipselink.batch", "p.skills")
        .setHint("eclipselink.batch", "p.languages")
        .getResultList();
  }

  /** Up to {@code limit} ids of active people after {@code afterId}, in order. */
  public List<Long> activeIdsAfter(long afterId, int limit) {
    return em.createQuery("select p.id from Person p where p.active = true and p.id > :after order by p.id", Long.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  public long activeCount() {
    return em.createQuery("select count(p) from Person p where p.active = true", Long.class).getSingleResult();
  }

  /** How many active colleagues follow each of these people; absent means none. */
  public Map<Long, Long> followerCounts(Collection<Long> ids) {
    return ids.isEmpty() ? Map.of() : NativeSql.counts(em.createNativeQuery(
            "select f.followee_id, count(*) from follow f join person p on p.id = f.follower_id"
                + " where p.active and f.followee_id = any(cast(?1 as bigint[])) group by f.followee_id")
        .setParameter(1, NativeSql.ids(ids)));
  }

  /** How many endorsements by active colleagues each of these people has; absent means none. */
  public Map<Long, Long> endorsementCounts(Collection<Long> ids) {
    return ids.isEmpty() ? Map.of() : NativeSql.counts(em.createNativeQuery(
            "select e.person_id, count(*) from endorsement e join person p on p.id = e.endorser_id"
                + " where p.active and e.person_id = any(cast(?1 as bigint[])) group by e.person_id")
        .setParameter(1, NativeSql.ids(ids)));
  }

  /** Name and department of these people, active or not, by id. */
  public Map<Long, Author> authors(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return NativeSql.rows(
            em.createNativeQuery("select p.id, p.display_name, d.name from person p"
                    + " left join department d on d.id = p.department_id where p.id = any(cast(?1 as bigint[]))")
                .setParameter(1, NativeSql.ids(ids)),
            r -> new Author(r.nextLong(), r.nextText(), r.nextText()))
        .stream()
        .collect(Collectors.toMap(Author::id, Function.identity()));
  }

  /** The people who declare this skill. */
  public List<Long> declaring(String skill) {
    return NativeSql.rows(
        em.createNativeQuery("select person_id from person_skill where skill = ?1").setParameter(1, skill),
        NativeSql.Row::nextLong);
  }

  /**
   * Endorsements of this skill per person. Endorsers who left the company are no longer listed
   * anywhere, so they do not count either.
   */
  public Map<Long, Long> endorsementsOf(String skill) {
    return NativeSql.counts(em.createNativeQuery(
            "select e.person_id, count(*) from endorsement e join person p on p.id = e.endorser_id"
                + " where e.skill = ?1 and p.active group by e.person_id")
        .setParameter(1, skill));
  }

  /** The active people among {@code ids} in this department and location (names in any case; null for any). */
  public List<Colleague> activeColleagues(Collection<Long> ids, String department, String location) {
    return NativeSql.rows(
        em.createNativeQuery("select p.id, p.display_name, d.name, p.location from person p"
                + " left join department d on d.id = p.department_id"
                + " where p.active and p.id = any(cast(?1 as bigint[]))"
                + " and (cast(?2 as varchar) is null or lower(d.name) = lower(cast(?2 as varchar)))"
                + " and (cast(?3 as varchar) is null or lower(p.location) = lower(cast(?3 as varchar)))")
            .setParameter(1, NativeSql.ids(ids))
            .setParameter(2, department)
            .setParameter(3, location),
        r -> new Colleague(r.nextLong(), r.nextText(), r.nextText(), r.nextText()));
  }
}
