package org.agora.bookmarks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.agora.bookmarks.entity.BookmarkSaved;
import org.agora.bookmarks.entity.BookmarkVisibility;
import org.agora.platform.boundary.NativeSql;
import org.agora.platform.entity.DomainEvent;

/**
 * The database side of visiting links: which links are due for a visit (claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several Agora nodes share the work without visiting a link
 * twice), and recording what a visit found.
 */
@ApplicationScoped
@Transactional
public class LinkChecks {

  /** A claim older than this is considered abandoned (its node died mid-visit). */
  static final Duration CLAIM_EXPIRY = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<DomainEvent> events;

  public record DueLink(long id, String url) {}

  /** Claims up to {@code limit} links last visited before {@code checkedBefore} (never visited first). */
  public List<DueLink> claimDue(Instant checkedBefore, int limit) {
    Instant now = Instant.now(clock);
    return NativeSql.rows(em.createNativeQuery(
            "update link set check_claimed = ?1 where id in (select id from link"
                + " where (checked_at is null or checked_at < ?2) and (check_claimed is null or check_claimed < ?3)"
                + " order by checked_at nulls first, id limit ?4 for update skip locked) returning id, url")
        .setParameter(1, now.atOffset(ZoneOffset.UTC))
        .setParameter(2, checkedBefore.atOffset(ZoneOffset.UTC))
        .setParameter(3, now.minus(CLAIM_EXPIRY).atOffset(ZoneOffset.UTC))
        .setParameter(4, limit),
        r -> new DueLink(r.nextLong(), r.nextText()));
  }

  /** Claims one link for a visit now, unless another visit of it is under way. */
  public List<DueLink> claim(long linkId) {
    Instant now = Instant.now(clock);
    return NativeSql.rows(em.createNativeQuery(
            "update link set check_claimed = ?1 where id = ?2 and (check_claimed is null or check_claimed < ?3) returning id, url")
        .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, linkId)
        .setParameter(3, now.minus(CLAIM_EXPIRY).atOffset(ZoneOffset.UTC)),
        r -> new DueLink(r.nextLong(), r.nextText()));
  }

  /** The link a bookmark points to, when the page's title is still wanted for it. */
  public List<Long> linkWantingTitle(long bookmarkId) {
    return NativeSql.rows(
        em.createNativeQuery(
                "select l.id from bookmark b join link l on l.id = b.link_id"
                    + " where b.id = ?1 and b.title_from_page and l.page_title is null and l.status = 'UNCHECKED'")
            .setParameter(1, bookmarkId),
        NativeSql.Row::nextLong);
  }

  /**
   * Records a visit. A link becomes BROKEN after {@code failuresBeforeBroken} dead visits in a row
   * and OK again at the first live one. A found title replaces the stand-in title of every
   * bookmark that has no title of its own; those bookmarks are announced as updated (search
   * indexes them again).
   */
  public void record(long linkId, PageVisit visit, int failuresBeforeBroken) {
    var now = Instant.now(clock).atOffset(ZoneOffset.UTC);
    switch (visit.outcome()) {
      case ALIVE -> em.createNativeQuery(
              "update link set status = 'OK', failures = 0, http_status = ?2, page_title = coalesce(?3, page_title),"
                  + " checked_at = ?4, check_claimed = null where id = ?1")
          .setParameter(1, linkId).setParameter(2, visit.httpStatus()).setParameter(3, visit.title())
          .setParameter(4, now).executeUpdate();
      case DEAD -> em.createNativeQuery(
              "update link set failures = failures + 1, http_status = ?2, checked_at = ?3, check_claimed = null,"
                  + " status = case when failures + 1 >= ?4 then 'BROKEN' else status end where id = ?1")
          .setParameter(1, linkId).setParameter(2, visit.httpStatus()).setParameter(3, now)
          .setParameter(4, failuresBeforeBroken).executeUpdate();
      case REFUSED -> em.createNativeQuery(
              "update link set status = 'SKIPPED', checked_at = ?2, check_claimed = null where id = ?1")
          .setParameter(1, linkId).setParameter(2, now).executeUpdate();
    }
    if (visit.title() == null) {
      return;
    }
    NativeSql.rows(
            em.createNativeQuery(
                    "update bookmark set title = ?2 where link_id = ?1 and title_from_page and title <> ?2"
                        + " returning id, person_id, visibility, community_id")
                .setParameter(1, linkId).setParameter(2, visit.title()),
            r -> new BookmarkSaved(r.nextLong(), r.nextLong(), BookmarkVisibility.valueOf(r.nextText()), r.nextLongOrNull(), "updated"))
        .forEach(events::fire);
  }
}
