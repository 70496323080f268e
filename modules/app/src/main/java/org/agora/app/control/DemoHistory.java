package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Gives the freshly loaded demo company a past: everything was just created within seconds, so the
 * insights would show a single day. Spreads posts, comments, reactions, bookmarks and memberships
 * over the last twelve weeks, keeping their order (a later id stays later) and the newest items at
 * about now. Only ever run on the demo data right after it is loaded.
 */
@ApplicationScoped
@Transactional
public class DemoHistory {

  private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
  static final int WEEKS = 12;

  @PersistenceContext EntityManager em;

  public void spread() {
    // Each row moves back by its distance from the newest id, scaled so the oldest lands 12 weeks ago.
    em.createNativeQuery("update activity set created_at = now() - make_interval(secs => ((select max(id) from activity) - id)"
        + " * (" + WEEKS + " * 7 * 86400.0 / greatest((select count(*) from activity), 1)))").executeUpdate();
    em.createNativeQuery("update reaction r set created_at = a.created_at + make_interval(mins => (5 + r.person_id % 240)::int)"
        + " from activity a where a.id = r.activity_id").executeUpdate();
    em.createNativeQuery("update reaction set created_at = now() where created_at > now()").executeUpdate();
    em.createNativeQuery("update bookmark set created_at = now() - make_interval(secs => ((select max(id) from bookmark) - id)"
        + " * (" + WEEKS + " * 7 * 86400.0 / greatest((select count(*) from bookmark), 1)))").executeUpdate();
    em.createNativeQuery("update bookmark set updated_at = created_at").executeUpdate();
    em.createNativeQuery("update membership set created_at = now() - make_interval(days => (" + WEEKS * 7 + " - id % "
        + WEEKS * 7 + ")::int)").executeUpdate();
    LOG.info("demo history spread over the last " + WEEKS + " weeks");
  }
}
