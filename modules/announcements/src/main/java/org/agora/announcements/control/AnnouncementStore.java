package org.agora.announcements.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.agora.announcements.entity.DepartmentReach;
import org.agora.announcements.entity.PersonalRows;
import org.agora.platform.boundary.NativeSql;

/**
 * The SQL of announcements and receipts. People and communities are read through the views their
 * owners publish ({@code person_card}, {@code community_member}, {@code community_card}).
 * The audience is read when it is needed, so a colleague who joins the community later is in it:
 * everyone active for a company-wide announcement, else the community's active members; never
 * its author, who need not confirm their own announcement.
 */
@ApplicationScoped
public class AnnouncementStore {

  /** The condition "person ?1 is in the audience of announcement a". */
  static final String IN_AUDIENCE = "(a.author_id <> ?1 and exists (select 1 from person_card p where p.id = ?1 and p.active)"
      + " and (a.community_id is null or exists (select 1 from community_member m join community_card c on c.id = m.community_id"
      + "   where m.community_id = a.community_id and m.person_id = ?1 and c.deleted_at is null)))";

  /** The audience of announcement ?1, one row per person with their department. */
  static final String AUDIENCE = "select p.id, p.department_id, p.department_name from announcement a join person_card p"
      + " on p.active and p.id <> a.author_id and (a.community_id is null or exists (select 1 from community_member m"
      + "   join community_card c on c.id = m.community_id where m.community_id = a.community_id and m.person_id = p.id"
      + "   and c.deleted_at is null)) where a.id = ?1";

  /** An announcement with names and reader ?1's receipt. */
  static final String SELECT = "select a.id, a.activity_id, a.community_id, c.name, a.author_id, p.display_name, a.must_read,"
      + " a.pinned_until, a.created_at, r.seen_at is not null, r.confirmed_at is not null, r.dismissed_at is not null"
      + " from announcement a join person_card p on p.id = a.author_id left join community_card c on c.id = a.community_id"
      + " left join announcement_receipt r on r.announcement_id = a.id and r.person_id = ?1";

  /** How many announcements stand above a feed at most. */
  static final int CURRENT_LIMIT = 20;

  @PersistenceContext EntityManager em;

  public long insert(long activityId, long authorId, AnnouncementRules.Draft draft, Instant now) {
    return ((Number) em.createNativeQuery("insert into announcement (activity_id, community_id, author_id, must_read,"
            + " pinned_until, created_at) values (?1, cast(?2 as bigint), ?3, ?4, ?5, ?6) returning id")
        .setParameter(1, activityId).setParameter(2, draft.communityId()).setParameter(3, authorId)
        .setParameter(4, draft.mustRead()).setParameter(5, utc(draft.pinnedUntil())).setParameter(6, utc(now))
        .getSingleResult()).longValue();
  }

  /** The announcement with reader's receipt. */
  public Optional<AnnouncementRow> find(long id, long readerId) {
    return NativeSql.rows(em.createNativeQuery(SELECT + " where a.id = ?2").setParameter(1, readerId).setParameter(2, id),
        AnnouncementStore::row).stream().findFirst();
  }

  /** The announcement that a post is, if it is one. */
  public Optional<Long> idOfPost(long activityId) {
    return NativeSql.rows(em.createNativeQuery("select id from announcement where activity_id = ?1").setParameter(1, activityId),
        NativeSql.Row::nextLong).stream().findFirst();
  }

  public boolean inAudience(long id, long personId) {
    return !em.createNativeQuery("select 1 from announcement a where a.id = ?2 and " + IN_AUDIENCE)
        .setParameter(1, personId).setParameter(2, id).getResultList().isEmpty();
  }

  /**
   * What stands above the reader's feed now: pinned, theirs (in the audience, or written by them),
   * neither confirmed nor dismissed, newest first; only one community's when {@code communityId}.
   */
  public List<AnnouncementRow> current(long readerId, Instant now, Long communityId) {
    return NativeSql.rows(em.createNativeQuery(SELECT + " where a.pinned_until > ?2 and (a.author_id = ?1 or " + IN_AUDIENCE + ")"
            + " and r.confirmed_at is null and r.dismissed_at is null"
            + " and (cast(?3 as bigint) is null or a.community_id = cast(?3 as bigint))"
            + " order by a.created_at desc, a.id desc limit " + CURRENT_LIMIT)
        .setParameter(1, readerId).setParameter(2, utc(now)).setParameter(3, communityId), AnnouncementStore::row);
  }

  /** Records that the person saw it, and confirmed or dismissed it when those are given; first times count. */
  public void receipt(long id, long personId, Instant seen, Instant confirmed, Instant dismissed) {
    em.createNativeQuery("insert into announcement_receipt (announcement_id, person_id, seen_at, confirmed_at, dismissed_at)"
            + " values (?1, ?2, ?3, cast(?4 as timestamptz), cast(?5 as timestamptz)) on conflict (announcement_id, person_id)"
            + " do update set seen_at = coalesce(announcement_receipt.seen_at, excluded.seen_at),"
            + " confirmed_at = coalesce(announcement_receipt.confirmed_at, excluded.confirmed_at),"
            + " dismissed_at = coalesce(announcement_receipt.dismissed_at, excluded.dismissed_at)")
        .setParameter(1, id).setParameter(2, personId).setParameter(3, utc(seen))
        .setParameter(4, confirmed == null ? null : utc(confirmed)).setParameter(5, dismissed == null ? null : utc(dismissed))
        .executeUpdate();
  }

  /** The audience per department with who of them saw and confirmed (department null: none). */
  public List<DepartmentReach> reachByDepartment(long id) {
    return NativeSql.rows(em.createNativeQuery("select min(au.department_name), count(*), count(r.seen_at), count(r.confirmed_at)"
            + " from (" + AUDIENCE + ") au left join announcement_receipt r on r.announcement_id = ?1 and r.person_id = au.id"
            + " group by au.department_id").setParameter(1, id),
        r -> new DepartmentReach(r.nextText(), r.nextLong(), r.nextLong(), r.nextLong()));
  }

  /** Who of the audience has not confirmed: username, name, department, whether seen; by name. */
  public List<List<Object>> unconfirmed(long id) {
    return NativeSql.rows(em.createNativeQuery("select p.username, p.display_name, p.department_name, r.seen_at is not null"
            + " from (" + AUDIENCE + ") au join person_card p on p.id = au.id"
            + " left join announcement_receipt r on r.announcement_id = ?1 and r.person_id = au.id"
            + " where r.confirmed_at is null order by p.display_name, p.id").setParameter(1, id),
        r -> List.<Object>of(r.nextText(), r.nextText(), nullToEmpty(r.nextText()), r.nextBoolean() ? "yes" : "no"));
  }

  /** Who of the audience has not confirmed, by id: whom a reminder goes to. */
  public List<Long> unconfirmedIds(long id) {
    return NativeSql.rows(em.createNativeQuery("select au.id from (" + AUDIENCE + ") au left join announcement_receipt r"
            + " on r.announcement_id = ?1 and r.person_id = au.id where r.confirmed_at is null order by au.id")
        .setParameter(1, id), NativeSql.Row::nextLong);
  }

  /** Claims the reminders of pinned must-read announcements posted before {@code postedBefore}, each once across nodes. */
  public List<Long> claimReminders(Instant now, Instant postedBefore) {
    return NativeSql.rows(em.createNativeQuery("update announcement set reminded_at = ?1 where reminded_at is null and must_read"
            + " and pinned_until > ?1 and created_at <= ?2 returning id")
        .setParameter(1, utc(now)).setParameter(2, utc(postedBefore)), NativeSql.Row::nextLong);
  }

  /** The person's own announcements, for their data export. */
  public List<PersonalRows.Authored> authoredBy(long personId) {
    return NativeSql.rows(em.createNativeQuery("select id, activity_id, community_id, must_read, pinned_until, created_at"
            + " from announcement where author_id = ?1 order by id").setParameter(1, personId),
        r -> new PersonalRows.Authored(r.nextLong(), r.nextLong(), r.nextLongOrNull(), r.nextBoolean(), r.nextInstant(),
            r.nextInstant()));
  }

  /** The person's receipts, for their data export. */
  public List<PersonalRows.Receipt> receiptsOf(long personId) {
    return NativeSql.rows(em.createNativeQuery("select announcement_id, seen_at, confirmed_at, dismissed_at"
            + " from announcement_receipt where person_id = ?1 order by announcement_id").setParameter(1, personId),
        r -> new PersonalRows.Receipt(r.nextLong(), r.nextInstant(), r.nextInstant(), r.nextInstant()));
  }

  public void eraseReceipts(long personId) {
    em.createNativeQuery("delete from announcement_receipt where person_id = ?1").setParameter(1, personId).executeUpdate();
  }

  /** Deletes the person's announcements (with everyone's receipts): for an erasure that deletes authored content. */
  public void eraseAuthored(long personId) {
    em.createNativeQuery("delete from announcement where author_id = ?1").setParameter(1, personId).executeUpdate();
  }

  private static AnnouncementRow row(NativeSql.Row r) {
    return new AnnouncementRow(r.nextLong(), r.nextLong(), r.nextLongOrNull(), r.nextText(), r.nextLong(), r.nextText(),
        r.nextBoolean(), r.nextInstant(), r.nextInstant(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
