package org.agora.onboarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Onboarding's share of a person's export and erasure: their buddy and the newcomers they look
 * after, whether an admin counted them as a newcomer, and when their department was told of their
 * first post. Erased whole: none of it is content the organisation keeps.
 */
@ApplicationScoped
@Transactional
public class OnboardingPersonalData implements PersonalData {

  public record BuddyAssignment(long newcomerId, long buddyId, Instant assignedAt) {}

  public record NewcomerFlag(Instant flaggedAt) {}

  public record FirstPostGreeting(long activityId, Instant greetedAt) {}

  @PersistenceContext EntityManager em;

  @Override
  public List<PersonalDataFile> export(long personId) {
    return Stream.of(
            PersonalData.json("onboarding/buddies.json", NativeSql.rows(em.createNativeQuery(
                    "select newcomer_id, buddy_id, assigned_at from onboarding_buddy where newcomer_id = ?1 or buddy_id = ?1"
                        + " order by assigned_at").setParameter(1, personId),
                r -> new BuddyAssignment(r.nextLong(), r.nextLong(), r.nextInstant()))),
            PersonalData.json("onboarding/newcomer-flag.json", NativeSql.rows(em.createNativeQuery(
                    "select flagged_at from onboarding_newcomer where person_id = ?1").setParameter(1, personId),
                r -> new NewcomerFlag(r.nextInstant()))),
            PersonalData.json("onboarding/first-post-greeting.json", NativeSql.rows(em.createNativeQuery(
                    "select activity_id, greeted_at from onboarding_greeting where person_id = ?1").setParameter(1, personId),
                r -> new FirstPostGreeting(r.nextLong(), r.nextInstant()))))
        .flatMap(Optional::stream).toList();
  }

  /** Where they acted as the admin, the newcomer keeps their buddy or flag; that it was them is forgotten (0). */
  @Override
  public void erase(long personId, boolean keepContent) {
    em.createNativeQuery("delete from onboarding_buddy where newcomer_id = ?1 or buddy_id = ?1").setParameter(1, personId)
        .executeUpdate();
    em.createNativeQuery("update onboarding_buddy set assigned_by = 0 where assigned_by = ?1").setParameter(1, personId)
        .executeUpdate();
    em.createNativeQuery("delete from onboarding_newcomer where person_id = ?1").setParameter(1, personId).executeUpdate();
    em.createNativeQuery("update onboarding_newcomer set flagged_by = 0 where flagged_by = ?1").setParameter(1, personId)
        .executeUpdate();
    em.createNativeQuery("delete from onboarding_greeting where person_id = ?1").setParameter(1, personId).executeUpdate();
  }
}
