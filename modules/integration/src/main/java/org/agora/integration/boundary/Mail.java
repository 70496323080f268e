package org.agora.integration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.agora.integration.control.Digests;
import org.agora.integration.control.MailLinks;
import org.agora.integration.control.MailSettingsStore;
import org.agora.integration.entity.MailSettings;
import org.agora.integration.entity.MailView;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Roles;

/** Email settings, unsubscribing by link, and the mail queue as admins see it. */
@ApplicationScoped
@Transactional
public class Mail {

  @PersistenceContext EntityManager em;
  @Inject MailSettingsStore settings;
  @Inject MailLinks links;
  @Inject Digests digests;

  public MailSettings settings(AgoraPrincipal person) {
    return settings.of(person.id());
  }

  public MailSettings update(AgoraPrincipal person, MailSettingsRequest change) {
    MailSettings current = settings.of(person.id());
    MailSettings updated = new MailSettings(
        change.notifications == null ? current.notifications() : change.notifications,
        change.digest == null ? current.digest() : change.digest,
        change.language == null ? current.language() : change.language);
    settings.save(person.id(), updated);
    return updated;
  }

  /** Switches off notification mail and digests for the person the token was made for. */
  public boolean unsubscribe(String token) {
    OptionalLong personId = links.tokens().personId(token);
    if (personId.isEmpty()) {
      return false;
    }
    MailSettings current = settings.of(personId.getAsLong());
    settings.save(personId.getAsLong(), new MailSettings(false, org.agora.integration.entity.DigestFrequency.NONE, current.language()));
    return true;
  }

  /** The newest queued mails, optionally of one status (PENDING, SENT, FAILED); admins only. */
  @RolesAllowed(Roles.ADMIN)
  public List<MailView> queue(String status, int limit) {
    return NativeSql.rows(em.createNativeQuery(
            "select id, dedupe_key, person_id, recipient, subject, status, attempts, last_error, created_at, next_attempt_at, sent_at"
                + " from mail_queue where (cast(?1 as varchar) is null or status = ?1) order by id desc limit ?2")
            .setParameter(1, status).setParameter(2, limit),
        r -> new MailView(r.nextLong(), r.nextText(), r.nextLong(), r.nextText(), r.nextText(), r.nextText(), r.nextInt(),
            r.nextText(), r.nextInstant(), r.nextInstant(), r.nextInstant()));
  }

  /** Queues the digests that are due now (they are also queued by the scheduler). */
  @RolesAllowed(Roles.ADMIN)
  public Map<String, Integer> queueDigests() {
    return Map.of("queued", digests.queueDue());
  }
}
