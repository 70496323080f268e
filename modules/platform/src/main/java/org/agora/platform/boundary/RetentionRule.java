package org.agora.platform.boundary;

import java.time.Instant;

/**
 * What one module no longer keeps of one of its tables. Each module registers its rules as CDI
 * beans; the platform's {@link Retention} job calls them in batches, each batch in a short
 * transaction of its own, on one node at a time.
 */
public interface RetentionRule {

  /** The table the rule keeps in bounds, for the log and the job's report. */
  String table();

  /**
   * Deletes at most {@code limit} rows that are no longer kept as of {@code now}, oldest first, in
   * the caller's transaction.
   *
   * @return how many rows it deleted; fewer than {@code limit} when nothing more is due
   */
  int purge(Instant now, int limit);
}
