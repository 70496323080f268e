package org.agora.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.agora.activity.boundary.ActivityBackdating;
import org.agora.bookmarks.boundary.BookmarkBackdating;
import org.agora.communities.boundary.MembershipBackdating;

/**
 * Gives the freshly loaded demo company a past: everything was just created within seconds, so the
 * insights would show a single day. Spreads posts, comments, reactions, bookmarks and memberships
 * over the last twelve weeks, keeping their order (a later id stays later) and the newest items at
 * about now. Only ever run on the demo data right after it is loaded; each module moves its own
 * rows, all in this one transaction (so {@code now()} is one instant for all of them).
 */
@ApplicationScoped
@Transactional
public class DemoHistory {

  private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
  static final int WEEKS = 12;

  @Inject ActivityBackdating activity;
  @Inject BookmarkBackdating bookmarks;
  @Inject MembershipBackdating memberships;

  public void spread() {
    activity.spreadOver(WEEKS);
    bookmarks.spreadOver(WEEKS);
    memberships.spreadOver(WEEKS);
    LOG.info("demo history spread over the last " + WEEKS + " weeks");
  }
}
