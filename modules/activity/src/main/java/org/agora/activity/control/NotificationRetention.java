package org.agora.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.agora.platform.boundary.AgedRows;
import org.agora.platform.boundary.AgedRows.Kept;
import org.agora.platform.boundary.RetentionRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notifications are pointers to content that stays: read ones go after
 * {@code agora.retention.notifications.read-days} (default 90), unread ones after
 * {@code agora.retention.notifications.unread-days} (default 365), so that the bells of people
 * who left do not grow for ever.
 */
@ApplicationScoped
public class NotificationRetention implements RetentionRule {

  @PersistenceContext EntityManager em;
  @Inject @ConfigProperty(name = "agora.retention.notifications.read-days", defaultValue = "90") int readDays;
  @Inject @ConfigProperty(name = "agora.retention.notifications.unread-days", defaultValue = "365") int unreadDays;

  @Override
  public String table() {
    return "notification";
  }

  @Override
  public int purge(Instant now, int limit) {
    return AgedRows.purge(em, "notification", "created_at", now, limit,
        new Kept("read_at is not null", readDays), Kept.all(unreadDays));
  }
}
