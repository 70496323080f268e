package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.agora.integration.entity.DigestFrequency;
import org.agora.people.entity.Person;

/**
 * Queues the daily and weekly digests: for each person whose digest is due, the notifications
 * they have not read since their last digest, one line each. Nothing unread, no mail. The key
 * {@code digest:<person>:<day>} keeps a digest to one per person and day, whichever node runs it.
 */
@ApplicationScoped
@Transactional
public class Digests {

  @PersistenceContext EntityManager em;
  @Inject MailQueue queue;
  @Inject MailLinks links;
  @Inject Clock clock;

  /** Queues the digests that are due now; answers how many. */
  @SuppressWarnings("unchecked")
  public int queueDue() {
    Instant now = Instant.now(clock);
    List<Object[]> due = em.createNativeQuery(
            "select s.person_id, s.digest, s.language, s.last_digest_at from mail_settings s where s.digest <> 'NONE'"
                + " and (s.last_digest_at is null or (s.digest = 'DAILY' and s.last_digest_at < ?1)"
                + " or (s.digest = 'WEEKLY' and s.last_digest_at < ?2)) for update skip locked")
        .setParameter(1, now.minus(Duration.ofHours(23)).atOffset(ZoneOffset.UTC))
        .setParameter(2, now.minus(Duration.ofDays(7).minusHours(1)).atOffset(ZoneOffset.UTC))
        .getResultList();
    int queued = 0;
    for (Object[] row : due) {
      long personId = ((Number) row[0]).longValue();
      DigestFrequency frequency = DigestFrequency.valueOf((String) row[1]);
      Instant since = row[3] == null
          ? now.minus(frequency == DigestFrequency.DAILY ? Duration.ofDays(1) : Duration.ofDays(7))
          : org.agora.platform.boundary.NativeSql.instant(row[3]);
      if (queue(personId, (String) row[2], since, now)) {
        queued++;
      }
      em.createNativeQuery("update mail_settings set last_digest_at = ?2 where person_id = ?1")
          .setParameter(1, personId).setParameter(2, now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }
    return queued;
  }

  @SuppressWarnings("unchecked")
  private boolean queue(long personId, String language, Instant since, Instant now) {
    Person person = em.find(Person.class, personId);
    if (person == null || !person.isActive() || person.getEmail() == null || person.getEmail().isBlank()) {
      return false;
    }
    List<Object[]> unread = em.createNativeQuery(
            "select n.type, a.display_name from notification n left join person a on a.id = n.actor_id"
                + " where n.recipient_id = ?1 and n.read_at is null and n.created_at >= ?2 order by n.id limit 50")
        .setParameter(1, personId).setParameter(2, since.atOffset(ZoneOffset.UTC)).getResultList();
    if (unread.isEmpty()) {
      return false;
    }
    MailTemplates templates = new MailTemplates(language);
    List<String> lines = new ArrayList<>();
    for (Object[] n : unread) {
      lines.add(templates.digestLine((String) n[0], n[1] == null ? "Agora" : (String) n[1]));
    }
    return queue.enqueue("digest:" + personId + ":" + LocalDate.ofInstant(now, ZoneOffset.UTC), personId, person.getEmail(),
        templates.digest(person.getDisplayName(), lines, links.home(), links.unsubscribe(personId)));
  }
}
