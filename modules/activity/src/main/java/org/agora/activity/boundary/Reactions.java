package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.agora.activity.control.ActivityWriter;
import org.agora.activity.control.Audience;
import org.agora.activity.entity.Activity;
import org.agora.activity.entity.ReactionKind;
import org.agora.platform.boundary.ConflictException;
import org.agora.platform.entity.AgoraPrincipal;

/** One reaction per person and item; to change it, take it back first. */
@ApplicationScoped
@Transactional
public class Reactions {

  @PersistenceContext EntityManager em;
  @Inject Audience audience;
  @Inject ActivityWriter writer;
  @Inject Clock clock;

  public void react(AgoraPrincipal person, long activityId, ReactionKind kind) {
    Activity activity = audience.readable(person, em.find(Activity.class, activityId), activityId);
    int inserted =
        em.createNativeQuery(
                "insert into reaction (activity_id, person_id, kind, created_at) values (?1, ?2, ?3, ?4)"
                    + " on conflict do nothing")
            .setParameter(1, activityId)
            .setParameter(2, person.id())
            .setParameter(3, kind.name())
            .setParameter(4, Instant.now(clock).atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (inserted == 0) {
      throw new ConflictException("You already reacted to this; remove your reaction to change it.");
    }
    writer.count(activityId, "reaction_count", 1);
    writer.changed(activity, "reacted", person.id());
  }

  public void withdraw(AgoraPrincipal person, long activityId) {
    audience.readable(person, em.find(Activity.class, activityId), activityId);
    int deleted =
        em.createNativeQuery("delete from reaction where activity_id = ?1 and person_id = ?2")
            .setParameter(1, activityId)
            .setParameter(2, person.id())
            .executeUpdate();
    if (deleted == 0) {
      throw new NotFoundException("You have not reacted to this.");
    }
    writer.count(activityId, "reaction_count", -1);
  }
}
