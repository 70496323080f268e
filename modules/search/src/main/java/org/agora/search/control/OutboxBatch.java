package org.agora.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One round of the outbox relay, in one transaction: claim the oldest unprocessed rows (rows
 * another node holds are skipped, so nodes share the work), index the current state of what they
 * are about, mark them processed. If Elasticsearch fails, the transaction rolls back and the rows
 * are still there for the next try.
 */
@ApplicationScoped
public class OutboxBatch {

  @PersistenceContext EntityManager em;
  @Inject IndexDefinitions definitions;
  @Inject DocumentWriter writer;
  @Inject Clock clock;

  /** Processes up to {@code limit} rows and tells how many there were. */
  @Transactional
  @SuppressWarnings("unchecked")
  public int process(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, aggregate_type, aggregate_id from outbox where processed_at is null"
                    + " order by id limit ?1 for update skip locked")
            .setParameter(1, limit)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    // Many events about one thing become one write of its current state, versioned by the newest.
    Map<String, Map<Long, Long>> newestRows = new LinkedHashMap<>();
    for (Object[] row : rows) {
      newestRows
          .computeIfAbsent((String) row[1], t -> new LinkedHashMap<>())
          .merge(((Number) row[2]).longValue(), ((Number) row[0]).longValue(), Math::max);
    }
    Map<IndexDefinition, Map<Long, Long>> changes = new LinkedHashMap<>();
    newestRows.forEach((aggregateType, aggregates) -> {
      for (IndexDefinition definition : definitions.following(aggregateType)) {
        definition.affectedIds(aggregateType, aggregates.keySet()).forEach((aggregateId, ids) -> {
          long rowId = aggregates.get(aggregateId);
          for (long id : ids) {
            changes.computeIfAbsent(definition, d -> new LinkedHashMap<>()).merge(id, rowId, Math::max);
          }
        });
      }
    });
    writer.write(changes);
    String ids = rows.stream().map(r -> String.valueOf(((Number) r[0]).longValue())).collect(Collectors.joining(","));
    em.createNativeQuery("update outbox set processed_at = ?1 where id in (" + ids + ")")
        .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return rows.size();
  }
}
