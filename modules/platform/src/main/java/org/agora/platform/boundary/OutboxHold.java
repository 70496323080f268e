package org.agora.platform.boundary;

/**
 * A module that reads the outbox past a cursor of its own (search's indexing, webhooks): the
 * outbox keeps every row from the one it still has to read.
 */
public interface OutboxHold {

  /** The oldest outbox id the module has yet to read; {@link Long#MAX_VALUE} when it holds nothing back. */
  long oldestUnread();
}
