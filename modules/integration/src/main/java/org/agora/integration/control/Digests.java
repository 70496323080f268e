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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.activity.boundary.NotificationsInBulk;
import org.agora.activity.entity.NotificationFact;
import org.agora.integration.entity.DigestFrequency;
import org.agora.people.boundary.PeopleInBulk;
import org.agora.people.entity.Person;
import org.agora.platform.boundary.NativeSql;

/**
 * Queues the daily and weekly digests: for each person whose digest is due, the notifications
 * they have not read since their last digest, one line each. Nothing unread, no mail. The key
 * {@code digest:<person>:<day>} keeps a digest to one per person and day, whichever node runs it.
 */
@ApplicationScoped
@Transactional
public class Digests {

  static final int LINES = 50;

  @PersistenceContext EntityManager em;
  @Inject MailQueue queue;
  @Inject MailLinks links;
  @Inject PeopleInBulk people;
  @Inject NotificationsInBulk notifications;
  @Inject Clock clock;

  /** A person whose digest is due, in their language; {@code lastDigestAt} is null before the first. */
  record Due(long personId, DigestFrequency frequency, String language, Instant lastDigestAt) {}

  /** Queues the digests that are due now; answers how many. */
  public int queueDue() {
    Instant now = Instant.now(clock);
    List<Due> due = NativeSql.rows(em.createNativeQuery(
                "select s.person_id, s.digest, s.language, s.last_digest_at from mail_settings s where s.digest <> 'NONE'"
                    + " and (s.last_digest_at is null or (s.digest = 'DAILY' and s.last_digest_at < ?1)"
                    + " or (s.digest = 'WEEKLY' and s.last_digest_at < ?2)) for update skip locked")
            .setParameter(1, now.minus(Duration.ofHours(23)).atOffset(ZoneOffset.UTC))
            .setParameter(2, now.minus(Duration.ofDays(7).minusHours(1)).atOffset(ZoneOffset.UTC)),
        r -> new Due(r.nextLong(), DigestFrequency.valueOf(r.nextText()), r.nextText(), r.nextInstant()));
    Map<Long, Person> active = people.active(due.stream().map(Due::personId).toList()).stream()
        .collect(Collectors.toMap(Person::getId, Function.identity()));
    int queued = 0;
    for (Due digest : due) {
      Instant since = digest.lastDigestAt() != null ? digest.lastDigestAt()
          : now.minus(digest.frequency() == DigestFrequency.DAILY ? Duration.ofDays(1) : Duration.ofDays(7));
      if (queue(active.get(digest.personId()), digest.language(), since, now)) {
        queued++;
      }
      em.createNativeQuery("update mail_settings set last_digest_at = ?2 where person_id = ?1")
          .setParameter(1, digest.personId()).setParameter(2, now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }
    return queued;
  }

  private boolean queue(Person person, String language, Instant since, Instant now) {
    if (person == null || person.getEmail() == null || person.getEmail().isBlank()) {
      return false; // left the company, or has no address
    }
    List<NotificationFact> unread = notifications.unreadSince(person.getId(), since, LINES);
    if (unread.isEmpty()) {
      return false;
    }
    MailTemplates templates = new MailTemplates(language);
    List<String> lines = unread.stream()
        .map(n -> templates.digestLine(n.type().name(), n.actorName() == null ? "Agora" : n.actorName()))
        .toList();
    return queue.enqueue("digest:" + person.getId() + ":" + LocalDate.ofInstant(now, ZoneOffset.UTC), person.getId(),
        person.getEmail(), templates.digest(person.getDisplayName(), lines, links.home(), links.unsubscribe(person.getId())));
  }
}
