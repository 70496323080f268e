package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.agora.platform.boundary.NativeSql;
import org.agora.search.entity.RelayGap;

/**
 * How far the search relay has indexed the outbox ({@code search_relay_cursor}): every row up to
 * the last id, except those in a {@link RelayGap} ({@code search_relay_gap}). One row; the node
 * that locks it relays, the others leave the round to it. Runs in the caller's transaction.
 */
@ApplicationScoped
public class RelayCursor {

  @PersistenceContext EntityManager em;

  /** The last id, locked for this transaction; empty when another node holds it. */
  public Optional<Long> claim() {
    return NativeSql.rows(em.createNativeQuery("select last_id from search_relay_cursor for update skip locked"),
            NativeSql.Row::nextLong)
        .stream()
        .findFirst();
  }

  /** The last id, not locked. */
  public long lastId() {
    return NativeSql.rows(em.createNativeQuery("select last_id from search_relay_cursor"), NativeSql.Row::nextLong)
        .getFirst();
  }

  public List<RelayGap> gaps() {
    return NativeSql.rows(
        em.createNativeQuery("select from_id, to_id, noticed_at from search_relay_gap order by from_id"),
        r -> new RelayGap(r.nextLong(), r.nextLong(), r.nextInstant()));
  }

  /** The oldest id not yet indexed: the first of the gaps, or the one after the last id. */
  public long oldestUnread() {
    return NativeSql.rows(
            em.createNativeQuery("select least((select min(from_id) from search_relay_gap), last_id + 1) from search_relay_cursor"),
            NativeSql.Row::nextLong)
        .getFirst();
  }

  /** Moves the cursor; the gaps are replaced when they changed. */
  public void moveTo(long lastId, List<RelayGap> oldGaps, List<RelayGap> gaps) {
    em.createNativeQuery("update search_relay_cursor set last_id = ?1 where last_id <> ?1").setParameter(1, lastId)
        .executeUpdate();
    if (gaps.equals(oldGaps)) {
      return;
    }
    em.createNativeQuery("delete from search_relay_gap").executeUpdate();
    for (RelayGap gap : gaps) {
      em.createNativeQuery("insert into search_relay_gap (from_id, to_id, noticed_at) values (?1, ?2, ?3)")
          .setParameter(1, gap.fromId())
          .setParameter(2, gap.toId())
          .setParameter(3, gap.noticedAt().atOffset(ZoneOffset.UTC))
          .executeUpdate();
    }
  }
}
