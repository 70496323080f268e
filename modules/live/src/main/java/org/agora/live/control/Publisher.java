package org.agora.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import org.agora.activity.entity.ActivityEvent;
import org.agora.activity.entity.NotificationCreated;
import org.agora.live.entity.BusEvent;
import org.agora.people.entity.PersonChanged;
import org.agora.people.entity.TokenRevoked;
import org.agora.platform.entity.DomainEvent;
import org.agora.platform.entity.OutboxRecorded;

/**
 * After a write commits, puts a small event on the cluster bus: activity, notification and new
 * announcement events with their outbox id as cursor, a "changed" note for the objects open pages follow, and a
 * "close" order when a person is disabled or a token revoked. Nothing is published for a rolled-back write.
 */
@ApplicationScoped
public class Publisher {

  /** Other modules' objects whose changes open pages follow (an event's page, the events list). */
  static final Set<String> FOLLOWED_LIVE = Set.of("event");

  @Inject ClusterBus bus;

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxRecorded recorded) {
    BusEvent event = toBus(recorded.outboxId(), recorded.event(), recorded.row().getPayload(), System.currentTimeMillis());
    if (event != null) {
      bus.publish(event);
    }
  }

  static BusEvent toBus(long cursor, Object event, long committedAt) {
    return toBus(cursor, event, "{}", committedAt);
  }

  /** {@code payload}: the event's outbox JSON, which says what live needs of other modules' events. */
  static BusEvent toBus(long cursor, Object event, String payload, long committedAt) {
    if (event instanceof DomainEvent d && Replay.ANNOUNCEMENT_POSTED.equals(d.type())) {
      return Replay.announcement(cursor, payload, committedAt);
    }
    if (event instanceof ActivityEvent a) {
      return BusEvent.activity(
          cursor, a.activityId(), a.change(), a.activityType().name(), a.actorId(), a.communityId(), a.parentId(), committedAt);
    }
    if (event instanceof NotificationCreated n) {
      return BusEvent.notification(cursor, n.notificationId(), n.recipientId(), n.notificationType().name(), committedAt);
    }
    if (event instanceof PersonChanged p && "disabled".equals(p.change())) {
      return BusEvent.close(cursor, p.personId(), null);
    }
    if (event instanceof TokenRevoked t) {
      return BusEvent.close(cursor, t.personId(), t.tokenId());
    }
    if (event instanceof DomainEvent d && FOLLOWED_LIVE.contains(d.aggregateType())) {
      return BusEvent.changed(cursor, d.aggregateType(), d.aggregateId(), committedAt);
    }
    return null;
  }
}
