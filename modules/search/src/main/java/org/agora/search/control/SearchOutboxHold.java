package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.agora.platform.boundary.OutboxHold;

/** The outbox keeps what search has yet to index: the rows after its cursor and those in its gaps. */
@ApplicationScoped
public class SearchOutboxHold implements OutboxHold {

  @Inject RelayCursor cursor;

  @Override
  public long oldestUnread() {
    return cursor.oldestUnread();
  }
}
