package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.platform.boundary.Outbox;
import org.agora.platform.entity.OutboxRow;
import org.agora.search.entity.RelayGap;

/**
 * One round of the outbox relay, in one transaction: lock search's cursor (a node that finds it
 * locked leaves the round to the node that has it), read the outbox rows after it and those that
 * turned up in its gaps, index the current state of what they are about, move the cursor. If
 * Elasticsearch fails, the transaction rolls back and the cursor stays where it was.
 */
@ApplicationScoped
public class OutboxBatch {

  @Inject RelayCursor cursor;
  @Inject Outbox outbox;
  @Inject IndexDefinitions definitions;
  @Inject DocumentWriter writer;
  @Inject Clock clock;

  /** Processes up to {@code limit} new rows (and what turned up in the gaps) and tells how many new rows there were. */
  @Transactional
  public int process(int limit) {
    Optional<Long> claimed = cursor.claim();
    if (claimed.isEmpty()) {
      return 0;
    }
    long lastId = claimed.get();
    List<RelayGap> gaps = cursor.gaps();
    List<OutboxRow> rows = new ArrayList<>();
    for (RelayGap gap : gaps) {
      rows.addAll(outbox.between(gap.fromId(), gap.toId(), limit));
    }
    List<OutboxRow> fresh = outbox.after(lastId, limit);
    rows.addAll(fresh);
    writer.write(definitions.changes(rows));
    long newLastId = fresh.isEmpty() ? lastId : fresh.getLast().id();
    Set<Long> found = rows.stream().map(OutboxRow::id).collect(Collectors.toSet());
    cursor.moveTo(newLastId, gaps, RelayGaps.remaining(gaps, lastId, newLastId, found, clock.instant()));
    return fresh.size();
  }
}
