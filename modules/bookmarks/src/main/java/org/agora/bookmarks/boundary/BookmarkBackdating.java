package org.agora.bookmarks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gives freshly loaded demo data a past: only the demo loader calls this, right after it created
 * everything within seconds. Never for real data, whose times are what happened.
 */
@ApplicationScoped
@Transactional
public class BookmarkBackdating {

  @PersistenceContext EntityManager em;

  /** Spreads bookmarks over the last {@code weeks}, keeping their order, the newest at about now, unchanged since. */
  public void spreadOver(int weeks) {
    em.createNativeQuery("update bookmark set created_at = now() - make_interval(secs => ((select max(id) from bookmark) - id)"
        + " * (" + weeks + " * 7 * 86400.0 / greatest((select count(*) from bookmark), 1)))").executeUpdate();
    em.createNativeQuery("update bookmark set updated_at = created_at").executeUpdate();
  }
}
