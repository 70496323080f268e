package org.agora.platform.boundary;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Deletes old rows of a table whose identity ids grow with its timestamps, without an index on
 * the timestamp and without a long lock: the newest row stamped before the cutoff is found by
 * walking the primary key back from the newest row (only the rows younger than the cutoff are
 * read), and rows up to it are deleted a batch at a time through the primary key.
 */
public final class AgedRows {

  private AgedRows() {}

  /** A class of rows ({@code condition}, SQL over the table's columns) and how long it is kept. */
  public record Kept(String condition, int days) {

    public static Kept all(int days) {
      return new Kept("true", days);
    }
  }

  /**
   * Deletes at most {@code limit} rows in all that are older than their class is kept, class after
   * class, in the caller's transaction.
   *
   * @return how many rows it deleted
   */
  public static int purge(EntityManager em, String table, String timeColumn, Instant now, int limit, Kept... classes) {
    int deleted = 0;
    for (Kept kept : classes) {
      Instant cutoff = now.minus(Duration.ofDays(kept.days()));
      deleted += purge(em, table, timeColumn, kept.condition(), cutoff, limit - deleted);
    }
    return deleted;
  }

  /**
   * Deletes at most {@code limit} rows stamped before {@code cutoff} (by {@code timeColumn}) that
   * also meet {@code condition}, in the caller's transaction. Table, column and condition are the
   * caller's constants, never user input.
   *
   * @return how many rows it deleted
   */
  public static int purge(
      EntityManager em, String table, String timeColumn, String condition, Instant cutoff, int limit) {
    if (limit <= 0) {
      return 0;
    }
    List<?> newestOld =
        em.createNativeQuery("select id from " + table + " where " + timeColumn + " < ?1 order by id desc limit 1")
            .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
            .getResultList();
    if (newestOld.isEmpty()) {
      return 0;
    }
    return em.createNativeQuery(
            "delete from " + table + " where id in (select id from " + table + " where id <= ?1 and " + timeColumn
                + " < ?2 and (" + condition + ") order by id limit ?3)")
        .setParameter(1, ((Number) newestOld.get(0)).longValue())
        .setParameter(2, cutoff.atOffset(ZoneOffset.UTC))
        .setParameter(3, limit)
        .executeUpdate();
  }
}
