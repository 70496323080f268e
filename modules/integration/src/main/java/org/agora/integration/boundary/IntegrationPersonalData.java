package org.agora.integration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/**
 * Integration's share of a person's export and erasure: mail settings, mails queued or sent to
 * them, the webhooks they registered (never their signing secrets), and what the directory sync
 * knows of them. Erasure deletes all of it and takes their username and directory entry out of
 * the sync reports; directory bindings they set up are the organisation's and stay.
 *
 * <p>The link to the directory entry goes too. Were it kept, the next sync would write the
 * entry's name and address back into the anonymised account; the person must therefore leave the
 * directory first, or the sync creates a new account for the entry (docs/privacy.md).
 */
@ApplicationScoped
@Transactional
public class IntegrationPersonalData implements PersonalData {

  public record MailSettingsEntry(boolean notificationMails, String digest, String language, Instant lastDigestAt) {}

  public record MailEntry(String recipient, String subject, String status, Instant createdAt, Instant sentAt) {}

  public record WebhookEntry(long id, String url, String eventTypes, String community, boolean active, Instant createdAt) {}

  public record DirectoryEntry(String dn, Instant syncedAt, boolean deactivatedBySync, List<String> communitiesByGroup) {}

  public record BindingCreated(String community, String groupDn, Instant createdAt) {}

  @PersistenceContext EntityManager em;

  @Override
  public List<PersonalDataFile> export(long personId) {
    return Stream.of(
            PersonalData.json("integration/mail-settings.json", mailSettings(personId)),
            PersonalData.json("integration/mails.json", mails(personId)),
            PersonalData.json("integration/webhooks.json", webhooks(personId)),
            PersonalData.json("integration/directory.json", directory(personId)),
            PersonalData.json("integration/directory-bindings.json", bindings(personId)))
        .flatMap(Optional::stream).toList();
  }

  private List<MailSettingsEntry> mailSettings(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select notify, digest, language, last_digest_at from mail_settings where person_id = ?1")
        .setParameter(1, personId), r -> new MailSettingsEntry(r.nextBoolean(), r.nextText(), r.nextText(), r.nextInstant()));
  }

  private List<MailEntry> mails(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select recipient, subject, status, created_at, sent_at from mail_queue where person_id = ?1 order by id")
        .setParameter(1, personId), r -> new MailEntry(r.nextText(), r.nextText(), r.nextText(), r.nextInstant(),
            r.nextInstant()));
  }

  private List<WebhookEntry> webhooks(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select w.id, w.url, w.event_types, c.name, w.active, w.created_at from webhook w"
                + " left join community_card c on c.id = w.community_id where w.owner_id = ?1 order by w.id")
        .setParameter(1, personId), r -> new WebhookEntry(r.nextLong(), r.nextText(), r.nextText(), r.nextText(),
            r.nextBoolean(), r.nextInstant()));
  }

  private List<DirectoryEntry> directory(long personId) {
    List<String> communities = NativeSql.rows(em.createNativeQuery(
            "select c.name from directory_membership m join community_card c on c.id = m.community_id"
                + " where m.person_id = ?1 order by c.name")
        .setParameter(1, personId), NativeSql.Row::nextText);
    return NativeSql.rows(em.createNativeQuery(
            "select dn, synced_at, deactivated_by_sync from directory_person where person_id = ?1")
        .setParameter(1, personId), r -> new DirectoryEntry(r.nextText(), r.nextInstant(), r.nextBoolean(), communities));
  }

  private List<BindingCreated> bindings(long personId) {
    return NativeSql.rows(em.createNativeQuery(
            "select c.name, b.group_dn, b.created_at from directory_binding b"
                + " left join community_card c on c.id = b.community_id where b.created_by = ?1 order by b.id")
        .setParameter(1, personId), r -> new BindingCreated(r.nextText(), r.nextText(), r.nextInstant()));
  }

  @Override
  public void erase(long personId, boolean keepContent) {
    scrubSyncReports(personId);
    deleteDeliveriesNaming(personId);
    for (String delete : List.of(
        "delete from mail_settings where person_id = ?1",
        "delete from mail_queue where person_id = ?1",
        "delete from webhook where owner_id = ?1",
        "delete from directory_person where person_id = ?1",
        "delete from directory_membership where person_id = ?1")) {
      em.createNativeQuery(delete).setParameter(1, personId).executeUpdate();
    }
  }

  private record SyncRun(long id, String report) {}

  /**
   * A webhook delivery keeps a copy of its event for the delivery log, and events about the person
   * carry their name and username: those deliveries go, delivered or not (a pending one would send
   * the erased name out). A name is distinctive enough that a delivery naming a namesake going
   * too costs only a log line.
   */
  private void deleteDeliveriesNaming(long personId) {
    em.createNativeQuery(
            "delete from webhook_delivery d using person_card p where p.id = ?1"
                + " and (strpos(d.payload, p.username) > 0 or strpos(d.payload, p.display_name) > 0)")
        .setParameter(1, personId)
        .executeUpdate();
  }

  /** The sync reports admins read (kept 90 days) name the person by username and entry: no longer. */
  private void scrubSyncReports(long personId) {
    String username = NativeSql.rows(em.createNativeQuery("select username from person_card where id = ?1")
        .setParameter(1, personId), NativeSql.Row::nextText).stream().findFirst().orElse(null);
    if (username == null) {
      return;
    }
    String dn = NativeSql.rows(em.createNativeQuery("select dn from directory_person where person_id = ?1")
        .setParameter(1, personId), NativeSql.Row::nextText).stream().findFirst().orElse(null);
    List<SyncRun> runs = NativeSql.rows(em.createNativeQuery(
            "select id, report from directory_sync_run where strpos(report, ?1) > 0 or strpos(report, ?2) > 0")
        .setParameter(1, username).setParameter(2, dn == null ? username : dn), r -> new SyncRun(r.nextLong(), r.nextText()));
    for (SyncRun run : runs) {
      em.createNativeQuery("update directory_sync_run set report = ?2 where id = ?1").setParameter(1, run.id())
          .setParameter(2, scrubbed(run.report(), username, dn, "erased-" + personId)).executeUpdate();
    }
  }

  /** {@code report} with the username (as a whole word) and the directory entry's DN replaced. */
  static String scrubbed(String report, String username, String dn, String replacement) {
    String text = dn == null ? report : report.replace(dn, replacement);
    return Pattern.compile("(?<![\\w.-])" + Pattern.quote(username) + "(?![\\w.-])").matcher(text)
        .replaceAll(Matcher.quoteReplacement(replacement));
  }
}
