package org.agora.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.integration.control.MailTemplates.Mail;
import org.agora.platform.boundary.NativeSql;

/**
 * The outbox of email: rows written in the transaction of their cause, unique per cause, claimed
 * with {@code FOR UPDATE SKIP LOCKED} for sending (so two nodes never send the same row at once)
 * and marked sent or retried with back-off.
 */
@ApplicationScoped
@Transactional
public class MailQueue {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A mail claimed for one attempt. */
  public record Claimed(long id, String recipient, String subject, String text, String html, int attempt) {}

  /** Queues a mail unless one with the same key was queued before; answers whether it was new. */
  public boolean enqueue(String dedupeKey, long personId, String recipient, Mail mail) {
    var now = Instant.now(clock).atOffset(ZoneOffset.UTC);
    return em.createNativeQuery(
            "insert into mail_queue (dedupe_key, person_id, recipient, subject, text_body, html_body, status, next_attempt_at, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', ?7, ?7) on conflict (dedupe_key) do nothing")
        .setParameter(1, dedupeKey).setParameter(2, personId).setParameter(3, recipient)
        .setParameter(4, mail.subject()).setParameter(5, mail.text()).setParameter(6, mail.html()).setParameter(7, now)
        .executeUpdate() == 1;
  }

  public List<Claimed> claimDue(int limit, Duration lease) {
    Instant now = Instant.now(clock);
    return NativeSql.rows(em.createNativeQuery(
            "update mail_queue set attempts = attempts + 1, next_attempt_at = ?1 where id in (select id from mail_queue"
                + " where status = 'PENDING' and next_attempt_at <= ?2 order by next_attempt_at, id limit ?3 for update skip locked)"
                + " returning id, recipient, subject, text_body, html_body, attempts")
        .setParameter(1, now.plus(lease).atOffset(ZoneOffset.UTC)).setParameter(2, now.atOffset(ZoneOffset.UTC))
        .setParameter(3, limit),
        r -> new Claimed(r.nextLong(), r.nextText(), r.nextText(), r.nextText(), r.nextText(), r.nextInt()));
  }

  public void sent(long id) {
    em.createNativeQuery("update mail_queue set status = 'SENT', sent_at = ?2, last_error = null where id = ?1")
        .setParameter(1, id).setParameter(2, Instant.now(clock).atOffset(ZoneOffset.UTC)).executeUpdate();
  }

  public void failed(Claimed mail, String error, RetryPolicy policy) {
    Instant now = Instant.now(clock);
    em.createNativeQuery("update mail_queue set status = ?2, last_error = ?3, next_attempt_at = ?4 where id = ?1")
        .setParameter(1, mail.id()).setParameter(2, policy.givesUpAfter(mail.attempt()) ? "FAILED" : "PENDING")
        .setParameter(3, error.length() > 500 ? error.substring(0, 500) : error)
        .setParameter(4, now.plus(policy.delayAfter(mail.attempt())).atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  /** The module's key for a name, made (randomly, once for all nodes) on first use. */
  public String secret(String name) {
    em.createNativeQuery("insert into integration_secret (name, value) values (?1, ?2) on conflict (name) do nothing")
        .setParameter(1, name).setParameter(2, Signatures.newSecret()).executeUpdate();
    return (String) em.createNativeQuery("select value from integration_secret where name = ?1").setParameter(1, name)
        .getSingleResult();
  }
}
